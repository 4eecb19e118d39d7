import type { FastifyInstance } from 'fastify';
import { type Page } from '@domain/common/page';
import { itemsSchema, pageSchema } from '@domain/common/paging-schema';
import { clientParamsSchema } from '@domain/clients/client-requests';
import { supportNoteRevisionSchema, supportNoteSchema, type SupportNote, type SupportNoteRevision } from '@domain/notes/support-note';
import {
  amendSupportNoteRequestSchema,
  clientNoteParamsSchema,
  createSupportNoteRequestSchema,
  supportNotesQuerySchema,
  type AmendSupportNoteRequest,
  type CreateSupportNoteRequest,
  type SupportNotesQuery,
} from '@domain/notes/support-note-requests';
import { actorOf, auditOf } from '../access/actor';
import { readClientRecord, requireClient } from '../access/client-guard';
import { findNote, listNotes, noteRevisions } from './notes.repository';
import { amendNote, createNote } from './notes.writes';

type ClientParams = { clientId: string };
type NoteParams = { clientId: string; noteId: string };

/** Support notes: a dated timeline per client; amended, never silently changed. */
export async function notesRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app;
  const clinicalRoles = app.requireRole('therapist', 'supervisor');

  app.get<{ Params: ClientParams; Querystring: SupportNotesQuery }>(
    '/:clientId/notes',
    { schema: { params: clientParamsSchema, querystring: supportNotesQuerySchema, response: { 200: pageSchema(supportNoteSchema) } }, preHandler: clinicalRoles },
    async (request): Promise<Page<SupportNote>> => {
      const { clientId } = request.params;
      await requireClient(request, clientId, 'read', 'support-notes');
      const { page, pageSize } = request.query;
      const { items, total } = await listNotes(db, clientId, page, pageSize);
      await request.audit({ action: 'read', recordType: 'support-notes', recordId: clientId, outcome: 'success' });
      return { items, page, pageSize, total };
    },
  );

  app.post<{ Params: ClientParams; Body: CreateSupportNoteRequest }>(
    '/:clientId/notes',
    { schema: { params: clientParamsSchema, body: createSupportNoteRequestSchema, response: { 201: supportNoteSchema } }, preHandler: clinicalRoles },
    async (request, reply) => reply.code(201).send(await createNote(app.db, actorOf(request), auditOf(request), request.params.clientId, request.body)),
  );

  app.post<{ Params: NoteParams; Body: AmendSupportNoteRequest }>(
    '/:clientId/notes/:noteId/amendments',
    { schema: { params: clientNoteParamsSchema, body: amendSupportNoteRequestSchema, response: { 200: supportNoteSchema } }, preHandler: clinicalRoles },
    async (request) => amendNote(app.db, actorOf(request), auditOf(request), request.params.clientId, request.params.noteId, request.body),
  );

  app.get<{ Params: NoteParams }>(
    '/:clientId/notes/:noteId/history',
    { schema: { params: clientNoteParamsSchema, response: { 200: itemsSchema(supportNoteRevisionSchema) } }, preHandler: clinicalRoles },
    async (request): Promise<{ items: SupportNoteRevision[] }> => {
      const { clientId, noteId } = request.params;
      const read = { clientId, guardedAs: 'support-note', recordType: 'support-note-history', recordId: noteId };
      const items = await readClientRecord(request, read, async () => ((await findNote(db, clientId, noteId)) ? noteRevisions(db, noteId) : undefined));
      return { items };
    },
  );
}
