import type { FastifyInstance } from 'fastify';
import { itemsSchema } from '@domain/common/paging-schema';
import { rosterEntrySchema, type RosterEntry } from '@domain/groups/group';
import {
  groupEnrolmentParamsSchema,
  groupParamsSchema,
  leaveGroupRequestSchema,
  referralDecisionRequestSchema,
  type LeaveGroupRequest,
  type ReferralDecisionRequest,
} from '@domain/groups/group-requests';
import { actorOf, auditOf } from '../access/actor';
import { listRoster } from './groups.repository';
import { decideReferral, leaveGroup, requireRunGroup } from './roster.writes';

type GroupParams = { groupId: string };
type EnrolmentParams = { groupId: string; enrolmentId: string };

/** A group's roster: its facilitators only (anyone else: 404, as for a group that does not exist). */
export async function rosterRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app;
  const clinicians = app.requireRole('therapist', 'supervisor');

  app.get<{ Params: GroupParams }>('/:groupId/roster', { schema: { params: groupParamsSchema, response: { 200: itemsSchema(rosterEntrySchema) } }, preHandler: clinicians }, async (request): Promise<{ items: RosterEntry[] }> => {
    const { groupId } = request.params;
    await requireRunGroup(db, actorOf(request), auditOf(request), groupId, 'group-roster', 'read');
    const items = await listRoster(db, groupId);
    await request.audit({ action: 'read', recordType: 'group-roster', recordId: groupId, outcome: 'success' });
    return { items };
  });

  app.post<{ Params: EnrolmentParams; Body: ReferralDecisionRequest }>(
    '/:groupId/roster/:enrolmentId/decision',
    { schema: { params: groupEnrolmentParamsSchema, body: referralDecisionRequestSchema, response: { 200: rosterEntrySchema } }, preHandler: clinicians },
    async (request) => decideReferral(db, actorOf(request), auditOf(request), request.params.groupId, request.params.enrolmentId, request.body),
  );

  app.post<{ Params: EnrolmentParams; Body: LeaveGroupRequest }>(
    '/:groupId/roster/:enrolmentId/leave',
    { schema: { params: groupEnrolmentParamsSchema, body: leaveGroupRequestSchema, response: { 200: rosterEntrySchema } }, preHandler: clinicians },
    async (request) => leaveGroup(db, actorOf(request), auditOf(request), request.params.groupId, request.params.enrolmentId, request.body),
  );
}
