import type { FastifyInstance } from 'fastify';
import { type AuditEventView, auditEventViewSchema, type AuditQuery, auditQuerySchema } from '@domain/audit/audit-event';
import { type Page } from '@domain/common/page';
import { pageSchema } from '@domain/common/paging-schema';
import { listAuditEvents } from './audit.repository';

/** The audit trail, read-only, for administrators. There is no route that changes an event. */
export async function auditRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Querystring: AuditQuery }>(
    '/',
    { schema: { querystring: auditQuerySchema, response: { 200: pageSchema(auditEventViewSchema) } }, preHandler: app.requireRole('admin') },
    async (request): Promise<Page<AuditEventView>> => {
      const { items, total } = await listAuditEvents(app.db, request.query);
      await request.audit({ action: 'read', recordType: 'audit-trail', outcome: 'success' });
      return { items, page: request.query.page, pageSize: request.query.pageSize, total };
    },
  );
}
