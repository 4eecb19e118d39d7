import type { FastifyInstance } from 'fastify';
import { type AgendaQuery, agendaQuerySchema } from '@domain/sessions/session-requests';
import type { AgendaEntry } from '@domain/sessions/session-views';
import { clientScope } from '../access/client-access';
import { toFamilySession } from './session-mapping';

/** The therapist's sessions across clients between two dates (inclusive), soonest first. */
export async function agendaRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: AgendaQuery }>(
    '/agenda',
    { schema: { querystring: agendaQuerySchema }, preHandler: app.requireRole('therapist') },
    async (request): Promise<{ items: AgendaEntry[] }> => {
      const user = request.auth!.user;
      const { from, to } = request.query;
      const rows = await app.db
        .selectFrom('family_sessions')
        .innerJoin('clients', 'clients.id', 'family_sessions.client_id')
        .selectAll('family_sessions')
        .select(['clients.preferred_name', 'clients.case_number'])
        .where('family_sessions.therapist_id', '=', user.id)
        .where(clientScope(user, 'read'))
        .where('family_sessions.starts_at', '>=', `${from}T00:00:00.000Z`)
        .where('family_sessions.starts_at', '<=', `${to}T23:59:59.999Z`)
        .orderBy('family_sessions.starts_at')
        .limit(500)
        .execute();
      await request.audit({ action: 'read', recordType: 'agenda', outcome: 'success' });
      return {
        items: rows.map(({ preferred_name, case_number, ...row }) => ({
          session: toFamilySession(row),
          client: { id: row.client_id, preferredName: preferred_name, caseNumber: case_number },
        })),
      };
    },
  );
}
