import { type Kysely, sql } from 'kysely';
import { engineOf } from '../engine-of';

/**
 * Sign-in throttling by counters that one statement reserves atomically (a row per account and per
 * address), instead of failure rows that were counted first and inserted later, which let
 * concurrent attempts through. And TRUNCATE on audit events refused on PostgreSQL, where row
 * triggers do not fire for it (SQLite has no TRUNCATE; its DELETE triggers already refuse).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sign_in_failures').execute();
  await db.schema
    .createTable('sign_in_attempt_counters')
    // `account:<sha256 of the email>` or `address:<ip>`: no email is stored.
    .addColumn('counter_key', 'text', (col) => col.primaryKey())
    .addColumn('failures', 'integer', (col) => col.notNull())
    .addColumn('window_started_at', 'text', (col) => col.notNull())
    .execute();

  if (engineOf(db) === 'postgres') {
    await sql`create function audit_events_no_truncate() returns trigger as $$
      begin raise exception 'audit events are append-only'; end $$ language plpgsql`.execute(db);
    await sql`create trigger audit_events_no_truncate before truncate on audit_events
      for each statement execute function audit_events_no_truncate()`.execute(db);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  if (engineOf(db) === 'postgres') {
    await sql`drop trigger audit_events_no_truncate on audit_events`.execute(db);
    await sql`drop function audit_events_no_truncate()`.execute(db);
  }
  await db.schema.dropTable('sign_in_attempt_counters').execute();
  await db.schema
    .createTable('sign_in_failures')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('account_key', 'text', (col) => col.notNull())
    .addColumn('ip', 'text', (col) => col.notNull())
    .addColumn('failed_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('sign_in_failures_account_idx').on('sign_in_failures').columns(['account_key', 'failed_at']).execute();
  await db.schema.createIndex('sign_in_failures_ip_idx').on('sign_in_failures').columns(['ip', 'failed_at']).execute();
}
