import type { FastifyInstance } from 'fastify';
import { type AuditEventView, type AuditQuery, auditQuerySchema } from '@domain/audit/audit-event';
import type { Page } from '@domain/common/page';

/** The audit trail, read-only, for administrators. There is no route that changes an event. */
export async function auditRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: AuditQuery }>(
    '/',
    { schema: { querystring: auditQuerySchema }, preHandler: app.requireRole('admin') },
    async (request): Promise<Page<AuditEventView>> => {
      const q = request.query;
      let query = app.db.selectFrom('audit_events').leftJoin('users', 'users.id', 'audit_events.user_id');
      if (q.userId) query = query.where('audit_events.user_id', '=', q.userId);
      if (q.action) query = query.where('audit_events.action', '=', q.action);
      if (q.recordType) query = query.where('audit_events.record_type', '=', q.recordType);
      if (q.recordId) query = query.where('audit_events.record_id', '=', q.recordId);
      if (q.outcome !== 'all') query = query.where('audit_events.outcome', '=', q.outcome);
      if (q.from) query = query.where('audit_events.at', '>=', `${q.from}T00:00:00.000Z`);
      if (q.to) query = query.where('audit_events.at', '<=', `${q.to}T23:59:59.999Z`);
      const [rows, count] = await Promise.all([
        query
          .selectAll('audit_events')
          .select('users.name as user_name')
          .orderBy('audit_events.at', 'desc')
          .orderBy('audit_events.id', 'desc')
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize)
          .execute(),
        query.select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow(),
      ]);
      await request.audit({ action: 'read', recordType: 'audit-trail', outcome: 'success' });
      return {
        items: rows.map((row) => ({
          id: row.id,
          at: row.at,
          userId: row.user_id,
          userName: row.user_name,
          actorRequestId: row.actor_request_id,
          action: row.action,
          recordType: row.record_type,
          recordId: row.record_id,
          outcome: row.outcome,
          fields: row.fields ? row.fields.split(',') : [],
        })),
        page: q.page,
        pageSize: q.pageSize,
        total: Number(count.count),
      };
    },
  );
}
