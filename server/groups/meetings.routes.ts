import type { FastifyInstance } from 'fastify';
import { itemsSchema } from '@domain/common/paging-schema';
import { meetingSchema, meetingSummarySchema, type Meeting, type MeetingSummary } from '@domain/groups/group';
import {
  changeMeetingRequestSchema,
  groupMeetingParamsSchema,
  groupNoteRequestSchema,
  groupParamsSchema,
  recordAttendanceRequestSchema,
  type ChangeMeetingRequest,
  type GroupNoteRequest,
  type RecordAttendanceRequest,
} from '@domain/groups/group-requests';
import { actorOf, auditOf } from '../access/actor';
import { HttpProblem } from '../http/http-problem';
import { findMeeting, listMeetings } from './groups.repository';
import { changeMeeting, recordAttendance, writeGroupNote } from './meetings.writes';
import { requireRunGroup } from './roster.writes';

type GroupParams = { groupId: string };
type MeetingParams = { groupId: string; meetingId: string };

/** A group's meetings, attendance and notes: its facilitators only. */
export async function meetingsRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app;
  const clinicians = app.requireRole('therapist', 'supervisor');

  app.get<{ Params: GroupParams }>('/:groupId/meetings', { schema: { params: groupParamsSchema, response: { 200: itemsSchema(meetingSummarySchema) } }, preHandler: clinicians }, async (request): Promise<{ items: MeetingSummary[] }> => {
    const group = await requireRunGroup(db, actorOf(request), auditOf(request), request.params.groupId, 'group-meetings', 'read');
    return { items: await listMeetings(db, group) };
  });

  app.get<{ Params: MeetingParams }>('/:groupId/meetings/:meetingId', { schema: { params: groupMeetingParamsSchema, response: { 200: meetingSchema } }, preHandler: clinicians }, async (request): Promise<Meeting> => {
    const { groupId, meetingId } = request.params;
    const group = await requireRunGroup(db, actorOf(request), auditOf(request), groupId, 'group-meeting', 'read');
    const meeting = await findMeeting(db, request.auth!.user, group, meetingId);
    if (!meeting) {
      throw HttpProblem.notFound();
    }
    await request.audit({ action: 'read', recordType: 'group-meeting', recordId: meetingId, outcome: 'success' });
    return meeting;
  });

  app.put<{ Params: MeetingParams; Body: ChangeMeetingRequest }>(
    '/:groupId/meetings/:meetingId',
    { schema: { params: groupMeetingParamsSchema, body: changeMeetingRequestSchema, response: { 200: meetingSchema } }, preHandler: clinicians },
    async (request) => changeMeeting(db, actorOf(request), auditOf(request), request.params.groupId, request.params.meetingId, request.body),
  );

  app.put<{ Params: MeetingParams; Body: RecordAttendanceRequest }>(
    '/:groupId/meetings/:meetingId/attendance',
    { schema: { params: groupMeetingParamsSchema, body: recordAttendanceRequestSchema, response: { 200: meetingSchema } }, preHandler: clinicians },
    async (request) => recordAttendance(db, actorOf(request), auditOf(request), request.params.groupId, request.params.meetingId, request.body),
  );

  app.put<{ Params: MeetingParams; Body: GroupNoteRequest }>(
    '/:groupId/meetings/:meetingId/group-note',
    { schema: { params: groupMeetingParamsSchema, body: groupNoteRequestSchema, response: { 200: meetingSchema } }, preHandler: clinicians },
    async (request) => writeGroupNote(db, actorOf(request), auditOf(request), request.params.groupId, request.params.meetingId, request.body),
  );
}
