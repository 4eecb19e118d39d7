import type { FastifyInstance } from 'fastify';
import { clientOverviewSchema, type ClientOverview } from '@domain/clients/client-overview';
import { todayIsoDate } from '@domain/common/iso-date';
import { idParamsSchema } from '@domain/common/uuid';
import { clientHistory } from '../audit/record-history';
import { HttpProblem } from '../http/http-problem';
import { measureListOf } from '../measures/measure-list';
import { currentNetwork } from '../network/current-network';
import { openFollowUpsOf } from '../sessions/open-follow-ups';
import { sessionsOfClient } from '../sessions/sessions.repository';
import { loadClient } from './clients.writes';

type IdParams = { id: string };

/**
 * The client page's first view in one request instead of six. The same access rule as each part's
 * own endpoint (the client within the caller's read scope, else 404), audited as one read.
 */
export async function clientOverviewRoutes(app: FastifyInstance): Promise<void> {
  const { db, config } = app;

  app.get<{ Params: IdParams }>(
    '/:id/overview',
    { schema: { params: idParamsSchema, response: { 200: clientOverviewSchema } }, preHandler: app.requireRole('therapist', 'supervisor') },
    async (request): Promise<ClientOverview> => {
      const { id } = request.params;
      const client = await loadClient(db, request.auth!.user, id, 'read');
      if (!client) {
        await request.audit({ action: 'read', recordType: 'client-overview', recordId: id, outcome: 'denied' });
        throw HttpProblem.notFound();
      }
      const today = todayIsoDate(config.now());
      const [history, network, measures, sessions, followUps] = await Promise.all([
        clientHistory(db, id),
        currentNetwork(db, id, today),
        measureListOf(db, { id, status: client.status, treatment_start: client.treatmentStart }, 'all', { today, reassessmentDays: config.reassessmentDays }),
        sessionsOfClient(db, id),
        openFollowUpsOf(db, id),
      ]);
      await request.audit({ action: 'read', recordType: 'client-overview', recordId: id, outcome: 'success' });
      return { client, history, network, measures, sessions, followUps };
    },
  );
}
