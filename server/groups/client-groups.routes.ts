import type { FastifyInstance } from 'fastify';
import { clientParamsSchema } from '@domain/clients/client-requests';
import { itemsSchema } from '@domain/common/paging-schema';
import { clientGroupSchema, referralSchema, type ClientGroup } from '@domain/groups/group';
import { referToGroupRequestSchema, type ReferToGroupRequest } from '@domain/groups/group-requests';
import { actorOf, auditOf } from '../access/actor';
import { requireClient } from '../access/client-guard';
import { listClientGroups } from './groups.repository';
import { referToGroup } from './roster.writes';

type ClientParams = { clientId: string };

/**
 * A client's groups on their page: their therapist (who refers) and supervisor (who reads). Only the
 * client's own places, attendance and progress notes; no other member is ever named.
 */
export async function clientGroupsRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app;
  const clinicalRoles = app.requireRole('therapist', 'supervisor');

  app.get<{ Params: ClientParams }>('/:clientId/groups', { schema: { params: clientParamsSchema, response: { 200: itemsSchema(clientGroupSchema) } }, preHandler: clinicalRoles }, async (request): Promise<{ items: ClientGroup[] }> => {
    const { clientId } = request.params;
    await requireClient(request, clientId, 'read', 'client-groups');
    const items = await listClientGroups(db, clientId);
    await request.audit({ action: 'read', recordType: 'client-groups', recordId: clientId, outcome: 'success' });
    return { items };
  });

  app.post<{ Params: ClientParams; Body: ReferToGroupRequest }>(
    '/:clientId/group-referrals',
    { schema: { params: clientParamsSchema, body: referToGroupRequestSchema, response: { 201: referralSchema } }, preHandler: clinicalRoles },
    async (request, reply) => reply.code(201).send(await referToGroup(db, actorOf(request), auditOf(request), request.params.clientId, request.body)),
  );
}
