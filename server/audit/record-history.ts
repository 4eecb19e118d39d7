import type { Kysely } from 'kysely';
import type { HistoryEntry } from '@domain/audit/history-entry';
import type { Database } from '../db/database';

const CHANGE_ACTIONS = ['create', 'update', 'status-change', 'reassign', 'amend'];

/** Who changed a record, how and when (field names only), newest first, from the audit trail. */
export async function clientHistory(db: Kysely<Database>, clientId: string, limit = 100): Promise<HistoryEntry[]> {
  const rows = await db
    .selectFrom('audit_events')
    .leftJoin('users', 'users.id', 'audit_events.user_id')
    .select(['audit_events.id', 'audit_events.at', 'audit_events.action', 'audit_events.fields', 'users.name as user_name'])
    .where('audit_events.record_type', '=', 'client')
    .where('audit_events.record_id', '=', clientId)
    .where('audit_events.outcome', '=', 'success')
    .where('audit_events.action', 'in', CHANGE_ACTIONS)
    .orderBy('audit_events.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    action: row.action,
    userName: row.user_name ?? 'System',
    fields: row.fields ? row.fields.split(',') : [],
  }));
}
