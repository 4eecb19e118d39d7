import type { Kysely } from 'kysely';

// Frozen in time: never imports domain types; runs unchanged on SQLite and PostgreSQL.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('family_sessions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('client_id', 'text', (col) => col.notNull().references('clients.id'))
    .addColumn('therapist_id', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('type', 'text', (col) => col.notNull())
    .addColumn('modality', 'text', (col) => col.notNull())
    .addColumn('starts_at', 'text', (col) => col.notNull())
    .addColumn('ends_at', 'text', (col) => col.notNull())
    .addColumn('duration_minutes', 'integer', (col) => col.notNull())
    .addColumn('location', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('status', 'text', (col) => col.notNull())
    // Attendees and follow-ups are small lists read with their session: JSON text on both engines.
    .addColumn('attendees', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('goals', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('summary', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('interventions', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('dynamics_observations', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('outcomes', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('risk_concerns', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('follow_ups', 'text', (col) => col.notNull().defaultTo('[]'))
    .addColumn('amended', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('updated_by', 'text', (col) => col.notNull().references('users.id'))
    .execute();
  await db.schema.createIndex('family_sessions_therapist_time_idx').on('family_sessions').columns(['therapist_id', 'starts_at']).execute();
  await db.schema.createIndex('family_sessions_client_time_idx').on('family_sessions').columns(['client_id', 'starts_at']).execute();

  await db.schema
    .createTable('family_session_revisions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('session_id', 'text', (col) => col.notNull().references('family_sessions.id'))
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('recorded_at', 'text', (col) => col.notNull())
    .addColumn('recorded_by', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('reason', 'text')
    .addColumn('snapshot', 'text', (col) => col.notNull())
    .addUniqueConstraint('family_session_revisions_version_unique', ['session_id', 'version'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('family_session_revisions').execute();
  await db.schema.dropTable('family_sessions').execute();
}
