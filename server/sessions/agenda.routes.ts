import type { FastifyInstance } from 'fastify';
import { type AgendaQuery, agendaQuerySchema } from '@domain/sessions/session-requests';
import { agendaEntrySchema, type AgendaEntry } from '@domain/sessions/session-views';
import { itemsSchema } from '@domain/common/paging-schema';
import { agendaOf } from './sessions.repository';

/** The therapist's sessions across clients between two dates (inclusive), soonest first. */
export async function agendaRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: AgendaQuery }>(
    '/agenda',
    { schema: { querystring: agendaQuerySchema, response: { 200: itemsSchema(agendaEntrySchema) } }, preHandler: app.requireRole('therapist') },
    async (request): Promise<{ items: AgendaEntry[] }> => {
      const { from, to } = request.query;
      const items = await agendaOf(app.db, request.auth!.user, from, to);
      await request.audit({ action: 'read', recordType: 'agenda', outcome: 'success' });
      return { items };
    },
  );
}
