import { type Kysely, sql } from 'kysely';
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

/** Tables that keep each revision of a record as a JSON snapshot, with the column naming the record. */
const SNAPSHOT_REVISION_TABLES = {
  family_session_revisions: 'session_id',
  measure_revisions: 'measure_id',
} as const;

export interface SnapshotRevision {
  readonly version: number;
  readonly recordedAt: string;
  readonly recordedByName: string;
  readonly reason: string | null;
  /** The record as it was saved in this revision (parse into its own type). */
  readonly snapshot: unknown;
}

/** Every revision of a snapshotted record, first first, with who recorded it and why. */
export async function snapshotRevisions(
  db: Kysely<Database>,
  table: keyof typeof SNAPSHOT_REVISION_TABLES,
  recordId: string,
): Promise<SnapshotRevision[]> {
  const { rows } = await sql<{ version: number; recorded_at: string; reason: string | null; snapshot: string; recorded_by_name: string }>`
    select revision.version, revision.recorded_at, revision.reason, revision.snapshot, recorder.name as recorded_by_name
    from ${sql.table(table)} as revision
    inner join users as recorder on recorder.id = revision.recorded_by
    where ${sql.ref(`revision.${SNAPSHOT_REVISION_TABLES[table]}`)} = ${recordId}
    order by revision.version`.execute(db);
  return rows.map((row) => ({
    version: Number(row.version),
    recordedAt: row.recorded_at,
    recordedByName: row.recorded_by_name,
    reason: row.reason,
    snapshot: JSON.parse(row.snapshot),
  }));
}
