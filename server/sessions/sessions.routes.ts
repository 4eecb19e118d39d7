import type { FastifyInstance } from 'fastify';
import { itemsSchema } from '@domain/common/paging-schema';
import { clientParamsSchema } from '@domain/clients/client-requests';
import { familyCopyOf } from '@domain/sessions/family-copy';
import { familySessionSchema, type FamilySession } from '@domain/sessions/family-session';
import { sessionToIcs } from '@domain/sessions/session-ics';
import {
  clientSessionParamsSchema,
  followUpParamsSchema,
  followUpStatusRequestSchema,
  planSessionRequestSchema,
  printoutRequestSchema,
  recordSessionRequestSchema,
  riskReviewRequestSchema,
  updatePlanRequestSchema,
  type FollowUpStatusRequest,
  type PlanSessionRequest,
  type PrintoutRequest,
  type RecordSessionRequest,
  type RiskReviewRequest,
  type UpdatePlanRequest,
} from '@domain/sessions/session-requests';
import {
  openFollowUpSchema,
  sessionPrintoutSchema,
  sessionRevisionSchema,
  type OpenFollowUp,
  type SessionPrintout,
  type SessionRevision,
} from '@domain/sessions/session-views';
import { actorOf, auditOf } from '../access/actor';
import { readClientRecord, requireClient } from '../access/client-guard';
import { HttpProblem } from '../http/http-problem';
import { textFile } from '../http/responses';
import { openFollowUpsOf } from './open-follow-ups';
import { sessionRevisions } from './session-revisions';
import { clinicianNameOf, loadSession, sessionsOfClient } from './sessions.repository';
import { planSession, recordSession, reviewRisk, setFollowUpDone, updatePlan } from './sessions.writes';

type ClientParams = { clientId: string };
type SessionParams = { clientId: string; sessionId: string };
type FollowUpParams = SessionParams & { followUpId: string };

/** Family sessions of one client: plan, record, amend, print, export. */
export async function sessionsRoutes(app: FastifyInstance): Promise<void> {
  const { db, config } = app;
  const clinicalRoles = app.requireRole('therapist', 'supervisor');

  app.get<{ Params: ClientParams }>(
    '/:clientId/sessions',
    { schema: { params: clientParamsSchema, response: { 200: itemsSchema(familySessionSchema) } }, preHandler: clinicalRoles },
    async (request): Promise<{ items: FamilySession[] }> => {
      const { clientId } = request.params;
      await requireClient(request, clientId, 'read', 'family-sessions');
      const items = await sessionsOfClient(db, clientId);
      await request.audit({ action: 'read', recordType: 'family-sessions', recordId: clientId, outcome: 'success' });
      return { items };
    },
  );

  app.get<{ Params: ClientParams }>(
    '/:clientId/follow-ups',
    { schema: { params: clientParamsSchema, response: { 200: itemsSchema(openFollowUpSchema) } }, preHandler: clinicalRoles },
    async (request): Promise<{ items: OpenFollowUp[] }> => {
      const { clientId } = request.params;
      await requireClient(request, clientId, 'read', 'follow-ups');
      const items = await openFollowUpsOf(db, clientId);
      await request.audit({ action: 'read', recordType: 'follow-ups', recordId: clientId, outcome: 'success' });
      return { items };
    },
  );

  app.post<{ Params: ClientParams; Body: PlanSessionRequest }>(
    '/:clientId/sessions',
    { schema: { params: clientParamsSchema, body: planSessionRequestSchema, response: { 201: familySessionSchema } }, preHandler: clinicalRoles },
    async (request, reply) => reply.code(201).send(await planSession(db, actorOf(request), auditOf(request), request.params.clientId, request.body)),
  );

  app.get<{ Params: SessionParams }>(
    '/:clientId/sessions/:sessionId',
    { schema: { params: clientSessionParamsSchema, response: { 200: familySessionSchema } }, preHandler: clinicalRoles },
    async (request) => {
      const { clientId, sessionId } = request.params;
      const read = { clientId, guardedAs: 'family-session', recordType: 'family-session', recordId: sessionId };
      return readClientRecord(request, read, () => loadSession(db, clientId, sessionId));
    },
  );

  app.put<{ Params: SessionParams; Body: UpdatePlanRequest }>(
    '/:clientId/sessions/:sessionId/plan',
    { schema: { params: clientSessionParamsSchema, body: updatePlanRequestSchema, response: { 200: familySessionSchema } }, preHandler: clinicalRoles },
    async (request) => updatePlan(db, actorOf(request), auditOf(request), request.params.clientId, request.params.sessionId, request.body),
  );

  app.put<{ Params: SessionParams; Body: RecordSessionRequest }>(
    '/:clientId/sessions/:sessionId/record',
    { schema: { params: clientSessionParamsSchema, body: recordSessionRequestSchema, response: { 200: familySessionSchema } }, preHandler: clinicalRoles },
    async (request) => recordSession(db, actorOf(request), auditOf(request), request.params.clientId, request.params.sessionId, request.body),
  );

  app.put<{ Params: SessionParams; Body: RiskReviewRequest }>(
    '/:clientId/sessions/:sessionId/risk-review',
    { schema: { params: clientSessionParamsSchema, body: riskReviewRequestSchema, response: { 200: familySessionSchema } }, preHandler: clinicalRoles },
    async (request) => reviewRisk(db, actorOf(request), auditOf(request), request.params.clientId, request.params.sessionId, request.body),
  );

  app.put<{ Params: FollowUpParams; Body: FollowUpStatusRequest }>(
    '/:clientId/sessions/:sessionId/follow-ups/:followUpId',
    { schema: { params: followUpParamsSchema, body: followUpStatusRequestSchema, response: { 200: familySessionSchema } }, preHandler: clinicalRoles },
    async (request) => {
      const { clientId, sessionId, followUpId } = request.params;
      return setFollowUpDone(db, actorOf(request), auditOf(request), clientId, sessionId, followUpId, request.body.done, request.body.version);
    },
  );

  app.get<{ Params: SessionParams }>(
    '/:clientId/sessions/:sessionId/history',
    { schema: { params: clientSessionParamsSchema, response: { 200: itemsSchema(sessionRevisionSchema) } }, preHandler: clinicalRoles },
    async (request): Promise<{ items: SessionRevision[] }> => {
      const { clientId, sessionId } = request.params;
      const read = { clientId, guardedAs: 'family-session', recordType: 'family-session-history', recordId: sessionId };
      const items = await readClientRecord(request, read, async () => ((await loadSession(db, clientId, sessionId)) ? sessionRevisions(db, sessionId) : undefined));
      return { items };
    },
  );

  // Printing is a disclosure: it is audited, and the family copy is cut on the server.
  app.post<{ Params: SessionParams; Body: PrintoutRequest }>(
    '/:clientId/sessions/:sessionId/printouts',
    { schema: { params: clientSessionParamsSchema, body: printoutRequestSchema, response: { 200: sessionPrintoutSchema } }, preHandler: clinicalRoles },
    async (request): Promise<SessionPrintout> => {
      const { clientId, sessionId } = request.params;
      const client = await requireClient(request, clientId, 'read', 'family-session');
      const session = await loadSession(db, clientId, sessionId);
      if (!session) {
        throw HttpProblem.notFound();
      }
      const clinicianName = await clinicianNameOf(db, session.therapistId);
      await request.audit({ action: `print-${request.body.copy}-copy`, recordType: 'family-session', recordId: sessionId, outcome: 'success' });
      const header = { client: { preferredName: client.preferred_name, caseNumber: client.case_number }, clinicianName, printedAt: config.now().toISOString() };
      return request.body.copy === 'family' ? { copy: 'family', session: familyCopyOf(session), ...header } : { copy: 'clinician', session, ...header };
    },
  );

  app.get<{ Params: SessionParams }>(
    '/:clientId/sessions/:sessionId/calendar.ics',
    { schema: { params: clientSessionParamsSchema, response: { 200: textFile('text/calendar') } }, preHandler: clinicalRoles },
    async (request, reply) => {
      const { clientId, sessionId } = request.params;
      const client = await requireClient(request, clientId, 'read', 'family-session');
      const session = await loadSession(db, clientId, sessionId);
      if (!session) {
        throw HttpProblem.notFound();
      }
      await request.audit({ action: 'export-calendar', recordType: 'family-session', recordId: sessionId, outcome: 'success' });
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="session-${sessionId}.ics"`)
        .send(sessionToIcs(session, client.preferred_name, config.now()));
    },
  );
}
