import type { FastifyInstance } from 'fastify';
import { therapistOptionSchema, type TherapistOption } from '@domain/accounts/account';
import { itemsSchema } from '@domain/common/paging-schema';
import { listAssignableTherapists } from './accounts.repository';

/** Therapists the caller may assign clients to (admin: all active; supervisor: their team). */
export async function therapistsRoutes(app: FastifyInstance): Promise<void> {
  app.get('/', { schema: { response: { 200: itemsSchema(therapistOptionSchema) } }, preHandler: app.requireRole('admin', 'supervisor') }, async (request): Promise<{ items: TherapistOption[] }> => {
    return { items: await listAssignableTherapists(app.db, request.auth!.user) };
  });
}
