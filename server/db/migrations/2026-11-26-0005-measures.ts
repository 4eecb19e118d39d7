import type { Kysely } from 'kysely';

// Frozen in time: never imports domain types; runs unchanged on SQLite and PostgreSQL.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('measures')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('client_id', 'text', (col) => col.notNull().references('clients.id'))
    .addColumn('instrument', 'text', (col) => col.notNull())
    .addColumn('administered_on', 'text', (col) => col.notNull())
    .addColumn('completed_by', 'text', (col) => col.notNull())
    // Item answers in item order; scores as computed by the server from them.
    .addColumn('answers', 'text', (col) => col.notNull())
    .addColumn('total', 'double precision', (col) => col.notNull())
    .addColumn('subscales', 'text', (col) => col.notNull().defaultTo('{}'))
    .addColumn('band', 'text', (col) => col.notNull())
    .addColumn('amended', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('updated_by', 'text', (col) => col.notNull().references('users.id'))
    .execute();
  // Covers the trend, the coverage check and the monthly median without reading the answer rows.
  await db.schema.createIndex('measures_client_date_idx').on('measures').columns(['client_id', 'instrument', 'administered_on', 'total']).execute();

  await db.schema
    .createTable('measure_revisions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('measure_id', 'text', (col) => col.notNull().references('measures.id'))
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('recorded_at', 'text', (col) => col.notNull())
    .addColumn('recorded_by', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('reason', 'text')
    .addColumn('snapshot', 'text', (col) => col.notNull())
    .addUniqueConstraint('measure_revisions_version_unique', ['measure_id', 'version'])
    .execute();

  // The team dashboard counts sessions per month, type and status: covered, so the wide session
  // rows (summaries, attendees) are never read for it.
  await db.schema
    .createIndex('family_sessions_client_counts_idx')
    .on('family_sessions')
    .columns(['client_id', 'starts_at', 'type', 'status'])
    .execute();
  // Consents about to expire, found by date across the clinic rather than member by member.
  await db.schema.createIndex('network_members_consent_expiry_idx').on('network_members').columns(['consent_expires_on', 'client_id']).execute();

  // Each client's latest scores and date-independent flags, rewritten with every measure write so
  // the caseload can filter and sort by flags with one join instead of reading every measure.
  await db.schema
    .createTable('client_measure_status')
    .addColumn('client_id', 'text', (col) => col.primaryKey().references('clients.id'))
    .addColumn('last_measured_on', 'text')
    .addColumn('isolation_risk', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('low_perceived_support', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('loneliness', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('decline', 'integer', (col) => col.notNull().defaultTo(0))
    // The latest perceived-support band, for the team dashboard's grouped counts.
    .addColumn('mspss_band', 'text')
    .addColumn('latest', 'text', (col) => col.notNull().defaultTo('{}'))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('network_members_consent_expiry_idx').execute();
  await db.schema.dropIndex('family_sessions_client_counts_idx').execute();
  await db.schema.dropTable('client_measure_status').execute();
  await db.schema.dropTable('measure_revisions').execute();
  await db.schema.dropTable('measures').execute();
}
