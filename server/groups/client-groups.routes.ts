import type { FastifyInstance } from 'fastify';
import { clientParamsSchema } from '@domain/clients/client-requests';
import { itemsSchema } from '@domain/common/paging-schema';
import { clientGroupSchema, type ClientGroup } from '@domain/groups/group';
import { requireClient } from '../access/client-guard';
import { listClientGroups } from './groups.repository';

type ClientParams = { clientId: string };

/**
 * A client's groups on their page, for their therapist and supervisor. Only the client's own places,
 * attendance and progress notes; no other member is ever named. A therapist refers to a group through
 * the client's referrals (server/referrals), which record the client's consent to share.
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
}
