import { type Kysely, sql } from 'kysely';
import { engineOf } from '../engine-of';

// Frozen in time: never imports domain types; runs unchanged on SQLite and PostgreSQL.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('clients')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('preferred_name', 'text', (col) => col.notNull())
    .addColumn('legal_name', 'text', (col) => col.notNull())
    .addColumn('date_of_birth', 'text', (col) => col.notNull())
    .addColumn('case_number', 'text', (col) => col.notNull())
    .addColumn('pronouns', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('treatment_start', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('active', 'on-hold', 'discharged')`))
    .addColumn('discharged_on', 'text')
    .addColumn('discharge_reason', 'text')
    .addColumn('family_consent', 'text', (col) => col.notNull())
    .addColumn('therapist_id', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('updated_by', 'text', (col) => col.notNull().references('users.id'))
    .execute();
  // Case numbers are unique in the clinic regardless of letter case.
  await db.schema.createIndex('clients_case_number_unique').on('clients').unique().expression(sql`lower(case_number)`).execute();
  await db.schema.createIndex('clients_therapist_name_idx').on('clients').columns(['therapist_id', 'preferred_name']).execute();
  await db.schema.createIndex('clients_therapist_status_idx').on('clients').columns(['therapist_id', 'status']).execute();

  await db.schema
    .createTable('client_concerns')
    .addColumn('client_id', 'text', (col) => col.notNull().references('clients.id').onDelete('cascade'))
    .addColumn('concern', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('client_concerns_pk', ['client_id', 'concern'])
    .execute();
  await db.schema.createIndex('client_concerns_concern_idx').on('client_concerns').columns(['concern', 'client_id']).execute();

  // Which fields an update touched (names only, never values), for the record's history.
  await db.schema.alterTable('audit_events').addColumn('fields', 'text').execute();

  // Audit events are append-only in the database itself, not only by the absence of an API route.
  if (engineOf(db) === 'postgres') {
    await sql`create function audit_events_append_only() returns trigger as $$
      begin raise exception 'audit events are append-only'; end $$ language plpgsql`.execute(db);
    await sql`create trigger audit_events_no_change before update or delete on audit_events
      for each row execute function audit_events_append_only()`.execute(db);
  } else {
    await sql`create trigger audit_events_no_update before update on audit_events
      begin select raise(abort, 'audit events are append-only'); end`.execute(db);
    await sql`create trigger audit_events_no_delete before delete on audit_events
      begin select raise(abort, 'audit events are append-only'); end`.execute(db);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  if (engineOf(db) === 'postgres') {
    await sql`drop trigger audit_events_no_change on audit_events`.execute(db);
    await sql`drop function audit_events_append_only()`.execute(db);
  } else {
    await sql`drop trigger audit_events_no_update`.execute(db);
    await sql`drop trigger audit_events_no_delete`.execute(db);
  }
  await db.schema.alterTable('audit_events').dropColumn('fields').execute();
  await db.schema.dropTable('client_concerns').execute();
  await db.schema.dropTable('clients').execute();
}
