import type { FastifyInstance } from 'fastify';
import { z } from '@domain/validation/z';
import { fromFlag } from '../../db/flag';

const listQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

/** Accounts (admin only). Issue 4 grows this into the full accounts-and-teams screen. */
export async function usersRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: z.infer<typeof listQuerySchema> }>(
    '/',
    { schema: { querystring: listQuerySchema }, preHandler: app.requireRole('admin') },
    async (request) => {
      const { page, pageSize } = request.query;
      const [rows, total] = await Promise.all([
        app.db
          .selectFrom('users')
          .select(['id', 'name', 'email', 'role', 'supervisor_id', 'active'])
          .orderBy('name')
          .orderBy('id')
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute(),
        app.db.selectFrom('users').select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow(),
      ]);
      await request.audit({ action: 'read', recordType: 'user-list', outcome: 'success' });
      return {
        items: rows.map((row) => ({
          id: row.id,
          name: row.name,
          email: row.email,
          role: row.role,
          supervisorId: row.supervisor_id,
          active: fromFlag(row.active),
        })),
        page,
        pageSize,
        total: Number(total.count),
      };
    },
  );
}
