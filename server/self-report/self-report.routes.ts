import type { FastifyInstance } from 'fastify';
import { itemsSchema } from '@domain/common/paging-schema';
import * as z from '@domain/validation/z';
import { clientParamsSchema } from '@domain/clients/client-requests';
import { issuedLinkSchema, selfReportRequestSchema, sentFeedbackLinksSchema, type SelfReportRequest } from '@domain/self-report/self-report-request';
import {
  clientSelfReportParamsSchema,
  type CreateLinkRequest,
  createLinkSchema,
  type SendSelfReportRequest,
  sendSelfReportSchema,
  type SendSessionFeedbackRequest,
  sendSessionFeedbackSchema,
  selfReportVersionSchema,
} from '@domain/self-report/self-report-requests';
import { sessionFeedbackSchema, sessionFeedbackTrendPointSchema, type SessionFeedback, type SessionFeedbackTrendPoint } from '@domain/self-report/session-feedback';
import { clientSessionParamsSchema } from '@domain/sessions/session-requests';
import { actorOf, auditOf } from '../access/actor';
import { requireClient } from '../access/client-guard';
import { HttpProblem } from '../http/http-problem';
import { noContent } from '../http/responses';
import { sessionExists } from '../sessions/sessions.repository';
import { feedbackOfSession, feedbackTrend, requestsOfClient, requestsOfSession } from './self-report.repository';
import {
  createLink,
  issueRepeatsOfExpired,
  markSelfReportsSeen,
  resendRequest,
  sendSelfReport,
  sendSessionFeedback,
  withdrawRequest,
} from './self-report.writes';

type ClientParams = { clientId: string };
type RequestParams = { clientId: string; requestId: string };
type SessionParams = { clientId: string; sessionId: string };

/** A session's feedback answers, and the feedback requests sent about it. */
const sessionFeedbackListSchema = itemsSchema(sessionFeedbackSchema).extend({ requests: z.array(selfReportRequestSchema).readonly() });

/** Self-report links and family feedback, as clinicians send and read them (supervisors read only). */
export async function selfReportRoutes(app: FastifyInstance): Promise<void> {
  const { db, config } = app;
  const clinicalRoles = app.requireRole('therapist', 'supervisor');

  app.get<{ Params: ClientParams }>(
    '/:clientId/self-report-requests',
    { schema: { params: clientParamsSchema, response: { 200: itemsSchema(selfReportRequestSchema) } }, preHandler: clinicalRoles },
    async (request): Promise<{ items: SelfReportRequest[] }> => {
      const { clientId } = request.params;
      await requireClient(request, clientId, 'read', 'self-report-requests');
      const now = config.now();
      // A repeating series whose last link expired unanswered goes on: the next is issued here.
      await issueRepeatsOfExpired(db, clientId, now);
      const items = await requestsOfClient(db, clientId, now);
      await request.audit({ action: 'read', recordType: 'self-report-requests', recordId: clientId, outcome: 'success' });
      return { items };
    },
  );

  app.post<{ Params: ClientParams; Body: SendSelfReportRequest }>(
    '/:clientId/self-report-requests',
    { schema: { params: clientParamsSchema, body: sendSelfReportSchema, response: { 201: issuedLinkSchema } }, preHandler: clinicalRoles },
    async (request, reply) => reply.code(201).send(await sendSelfReport(db, actorOf(request), auditOf(request), config, request.params.clientId, request.body)),
  );

  app.post<{ Params: RequestParams; Body: { version: number } }>(
    '/:clientId/self-report-requests/:requestId/withdraw',
    { schema: { params: clientSelfReportParamsSchema, body: selfReportVersionSchema, response: { 200: selfReportRequestSchema } }, preHandler: clinicalRoles },
    async (request) => withdrawRequest(db, actorOf(request), auditOf(request), request.params.clientId, request.params.requestId, request.body.version),
  );

  app.post<{ Params: RequestParams; Body: { version: number } }>(
    '/:clientId/self-report-requests/:requestId/resend',
    { schema: { params: clientSelfReportParamsSchema, body: selfReportVersionSchema, response: { 201: issuedLinkSchema } }, preHandler: clinicalRoles },
    async (request, reply) => reply.code(201).send(await resendRequest(db, actorOf(request), auditOf(request), config, request.params.clientId, request.params.requestId, request.body.version)),
  );

  // A due repeat gets its link, or a waiting request whose link was lost a new one (the old stops working).
  app.post<{ Params: RequestParams; Body: CreateLinkRequest }>(
    '/:clientId/self-report-requests/:requestId/link',
    { schema: { params: clientSelfReportParamsSchema, body: createLinkSchema, response: { 201: issuedLinkSchema } }, preHandler: clinicalRoles },
    async (request, reply) => reply.code(201).send(await createLink(db, actorOf(request), auditOf(request), config, request.params.clientId, request.params.requestId, request.body)),
  );

  app.post<{ Params: SessionParams; Body: SendSessionFeedbackRequest }>(
    '/:clientId/sessions/:sessionId/feedback-requests',
    { schema: { params: clientSessionParamsSchema, body: sendSessionFeedbackSchema, response: { 201: sentFeedbackLinksSchema } }, preHandler: clinicalRoles },
    async (request, reply) => reply.code(201).send(await sendSessionFeedback(db, actorOf(request), auditOf(request), config, request.params.clientId, request.params.sessionId, request.body)),
  );

  app.get<{ Params: SessionParams }>(
    '/:clientId/sessions/:sessionId/feedback',
    { schema: { params: clientSessionParamsSchema, response: { 200: sessionFeedbackListSchema } }, preHandler: clinicalRoles },
    async (request): Promise<{ items: SessionFeedback[]; requests: SelfReportRequest[] }> => {
      const { clientId, sessionId } = request.params;
      await requireClient(request, clientId, 'read', 'session-feedback');
      if (!(await sessionExists(db, clientId, sessionId))) {
        throw HttpProblem.notFound();
      }
      const [items, requests] = await Promise.all([feedbackOfSession(db, clientId, sessionId), requestsOfSession(db, clientId, sessionId, config.now())]);
      await request.audit({ action: 'read', recordType: 'session-feedback', recordId: sessionId, outcome: 'success' });
      return { items, requests };
    },
  );

  app.get<{ Params: ClientParams }>(
    '/:clientId/session-feedback-trend',
    { schema: { params: clientParamsSchema, response: { 200: z.object({ points: z.array(sessionFeedbackTrendPointSchema).readonly() }) } }, preHandler: clinicalRoles },
    async (request): Promise<{ points: SessionFeedbackTrendPoint[] }> => {
      const { clientId } = request.params;
      await requireClient(request, clientId, 'read', 'session-feedback');
      const points = await feedbackTrend(db, clientId);
      await request.audit({ action: 'read', recordType: 'session-feedback-trend', recordId: clientId, outcome: 'success' });
      return { points };
    },
  );

  app.post<{ Params: ClientParams }>(
    '/:clientId/self-report-seen',
    { schema: { params: clientParamsSchema, response: { 204: noContent } }, preHandler: clinicalRoles },
    async (request, reply) => {
      await markSelfReportsSeen(db, actorOf(request), auditOf(request), request.params.clientId);
      return reply.code(204).send();
    },
  );
}
