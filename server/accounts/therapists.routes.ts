import type { FastifyInstance } from 'fastify';
import type { TherapistOption } from '@domain/accounts/account';
import { assignableTherapists } from '../access/client-access';

/** Therapists the caller may assign clients to (admin: all active; supervisor: their team). */
export async function therapistsRoutes(app: FastifyInstance): Promise<void> {
  app.get('/', { preHandler: app.requireRole('admin', 'supervisor') }, async (request): Promise<{ items: TherapistOption[] }> => {
    const rows = await app.db
      .selectFrom('users')
      .select(['id', 'name', 'supervisor_id'])
      .where(assignableTherapists(request.auth!.user))
      .orderBy('name')
      .execute();
    return { items: rows.map((row) => ({ id: row.id, name: row.name, supervisorId: row.supervisor_id })) };
  });
}
