import type { FastifyInstance, FastifyRequest } from 'fastify';
import { historyEntrySchema } from '@domain/audit/history-entry';
import * as z from '@domain/validation/z';
import { caseloadRowSchema, clientAssignmentSchema, clientSchema, type CaseloadRow, type ClientAssignment } from '@domain/clients/client';
import {
  caseloadQuerySchema,
  caseloadUrlQuerySchema,
  changeClientStatusRequestSchema,
  createClientRequestSchema,
  reassignClientRequestSchema,
  updateClientRequestSchema,
  type CaseloadQuery,
  type ChangeClientStatusRequest,
  type CreateClientRequest,
  type ReassignClientRequest,
  type UpdateClientRequest,
} from '@domain/clients/client-requests';
import { todayIsoDate } from '@domain/common/iso-date';
import { type Page } from '@domain/common/page';
import { itemsSchema, pageSchema } from '@domain/common/paging-schema';
import { idParamsSchema } from '@domain/common/uuid';
import { actorOf, auditOf } from '../access/actor';
import { readsClinicalContent } from '../access/client-access';
import { type CaseloadClientRow, assignmentOf, toCaseloadRow, toClientAssignment } from './client-mapping';
import { changeClientStatus, createClient, loadClient, reassignClient, updateClient } from './clients.writes';
import { caseloadDetails } from './caseload-details';
import { findClient } from '../access/scoped-client';
import { listClients } from './clients.repository';
import { HttpProblem } from '../http/http-problem';
import { clientHistory } from '../audit/record-history';
import { flagDateOf } from '../measures/flag-sql';

type IdParams = { id: string };

/** Clinicians read client records and caseload rows; administrators the assignment view only. */
const clientOrAssignmentSchema = z.union([clientSchema, clientAssignmentSchema]);
const caseloadPageSchema = pageSchema(z.union([caseloadRowSchema, clientAssignmentSchema]));

/** Client records: the caseload list, one record, edits, status changes and reassignment. */
export async function clientsRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app;

  /** One caseload page for a query; the GET and the POST search answer (and audit) alike. */
  async function caseloadPage(request: FastifyRequest, query: CaseloadQuery): Promise<Page<CaseloadRow | ClientAssignment>> {
    const user = request.auth!.user;
    const today = todayIsoDate(app.config.now());
    const { rows, total } = await listClients(db, user, query, { ...flagDateOf(today, app.config.reassessmentDays), today });
    const items = readsClinicalContent(user)
      ? await withConcerns(rows)
      : rows.map(toClientAssignment);
    await request.audit({ action: 'read', recordType: 'client-list', outcome: 'success' });
    return { items, page: query.page, pageSize: query.pageSize, total };
  }

  // Kept for callers that list without a search term; a `search` here is refused (see caseloadUrlQuerySchema).
  app.get<{ Querystring: CaseloadQuery }>(
    '/',
    { schema: { querystring: caseloadUrlQuerySchema, response: { 200: caseloadPageSchema } }, preHandler: app.requireRole() },
    (request) => caseloadPage(request, request.query),
  );

  // A search is a read: POST only so the typed name or case number travels in the body, not the URL.
  app.post<{ Body: CaseloadQuery }>(
    '/search',
    { schema: { body: caseloadQuerySchema, response: { 200: caseloadPageSchema } }, preHandler: app.requireRole() },
    (request) => caseloadPage(request, request.body),
  );

  async function withConcerns(rows: readonly CaseloadClientRow[]): Promise<CaseloadRow[]> {
    const details = await caseloadDetails(db, rows, app.config);
    return rows.map((row) => toCaseloadRow(row, details.get(row.id)?.concerns ?? [], details.get(row.id)?.indicators ?? null));
  }

  app.post<{ Body: CreateClientRequest }>(
    '/',
    { schema: { body: createClientRequestSchema, response: { 201: clientSchema } }, preHandler: app.requireRole('therapist') },
    async (request, reply) => reply.code(201).send(await createClient(app.db, actorOf(request), auditOf(request), request.body)),
  );

  app.get<{ Params: IdParams }>(
    '/:id',
    { schema: { params: idParamsSchema, response: { 200: clientOrAssignmentSchema } }, preHandler: app.requireRole() },
    async (request) => {
      const user = request.auth!.user;
      const { id } = request.params;
      const record = readsClinicalContent(user)
        ? await loadClient(db, user, id, 'read')
        : await findClient(db, user, id, 'read').then((row) => row && toClientAssignment(row));
      if (!record) {
        await request.audit({ action: 'read', recordType: 'client', recordId: id, outcome: 'denied' });
        throw HttpProblem.notFound();
      }
      await request.audit({ action: 'read', recordType: 'client', recordId: id, outcome: 'success' });
      return record;
    },
  );

  app.put<{ Params: IdParams; Body: UpdateClientRequest }>(
    '/:id',
    { schema: { params: idParamsSchema, body: updateClientRequestSchema, response: { 200: clientSchema } }, preHandler: app.requireRole() },
    async (request) => updateClient(app.db, actorOf(request), auditOf(request), request.params.id, request.body),
  );

  app.post<{ Params: IdParams; Body: ChangeClientStatusRequest }>(
    '/:id/status',
    { schema: { params: idParamsSchema, body: changeClientStatusRequestSchema, response: { 200: clientSchema } }, preHandler: app.requireRole() },
    async (request) => changeClientStatus(app.db, actorOf(request), auditOf(request), request.params.id, request.body),
  );

  app.put<{ Params: IdParams; Body: ReassignClientRequest }>(
    '/:id/assignment',
    { schema: { params: idParamsSchema, body: reassignClientRequestSchema, response: { 200: clientOrAssignmentSchema } }, preHandler: app.requireRole() },
    async (request) => {
      const updated = await reassignClient(app.db, actorOf(request), auditOf(request), request.params.id, request.body);
      return readsClinicalContent(request.auth!.user) ? updated : assignmentOf(updated);
    },
  );

  app.get<{ Params: IdParams }>(
    '/:id/history',
    { schema: { params: idParamsSchema, response: { 200: itemsSchema(historyEntrySchema) } }, preHandler: app.requireRole('therapist', 'supervisor') },
    async (request) => {
      const user = request.auth!.user;
      const { id } = request.params;
      if (!(await findClient(db, user, id, 'read'))) {
        await request.audit({ action: 'read', recordType: 'client-history', recordId: id, outcome: 'denied' });
        throw HttpProblem.notFound();
      }
      await request.audit({ action: 'read', recordType: 'client-history', recordId: id, outcome: 'success' });
      return { items: await clientHistory(db, id) };
    },
  );
}
