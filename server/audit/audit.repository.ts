import type { Kysely } from 'kysely';
import type { AuditEventView, AuditQuery } from '@domain/audit/audit-event';
import type { Database } from '../db/database';

/** One page of the audit trail, newest first, with the acting user's name. */
export async function listAuditEvents(db: Kysely<Database>, q: AuditQuery): Promise<{ items: AuditEventView[]; total: number }> {
  let query = db.selectFrom('audit_events').leftJoin('users', 'users.id', 'audit_events.user_id');
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
    total: Number(count.count),
  };
}
