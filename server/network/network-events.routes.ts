import type { FastifyInstance } from 'fastify';
import { todayIsoDate } from '@domain/common/iso-date';
import { clientParamsSchema } from '@domain/clients/client-requests';
import { networkEventsViewSchema, type NetworkEventsView } from '@domain/network/network-events';
import { requireClient } from '../access/client-guard';
import { networkEventsOfClient } from './network-events.repository';

type ClientParams = { clientId: string };

/** What changed in a client's support network, and when: ties added, ended, changed; consents. */
export async function networkEventsRoutes(app: FastifyInstance): Promise<void> {
  const { db, config } = app;
  const clinicalRoles = app.requireRole('therapist', 'supervisor');

  app.get<{ Params: ClientParams }>(
    '/:clientId/network/events',
    {
      schema: { params: clientParamsSchema, response: { 200: networkEventsViewSchema } },
      preHandler: clinicalRoles,
    },
    async (request): Promise<NetworkEventsView> => {
      const { clientId } = request.params;
      await requireClient(request, clientId, 'read', 'network-events');
      const items = await networkEventsOfClient(db, clientId, todayIsoDate(config.now()));
      await request.audit({
        action: 'read',
        recordType: 'network-events',
        recordId: clientId,
        outcome: 'success',
      });
      return { items };
    },
  );
}
