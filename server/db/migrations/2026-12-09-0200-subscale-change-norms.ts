import type { Kysely } from 'kysely';

/**
 * Reliable change of the MSPSS subscales raises flags too (#17): the norms the stored flags were
 * computed with are now kept per instrument *and scale*. The table only records what the server
 * derives, so it is recreated empty; at start-up the server sees no norms recorded, recomputes every
 * client's stored status (which also adds the subscale judgements) and records them
 * (server/measures/change-norms.ts).
 */
// Frozen in time: never imports domain types; runs unchanged on SQLite and PostgreSQL.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('measure_change_norms').execute();
  await db.schema
    .createTable('measure_change_norms')
    .addColumn('instrument', 'text', (col) => col.notNull())
    .addColumn('scale', 'text', (col) => col.notNull())
    .addColumn('steps', 'integer', (col) => col.notNull())
    .addColumn('sd', 'double precision', (col) => col.notNull())
    .addColumn('sd_source', 'text', (col) => col.notNull())
    .addColumn('clinic_clients', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('measure_change_norms_pk', ['instrument', 'scale'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('measure_change_norms').execute();
  await db.schema
    .createTable('measure_change_norms')
    .addColumn('instrument', 'text', (col) => col.primaryKey())
    .addColumn('steps', 'integer', (col) => col.notNull())
    .addColumn('sd', 'double precision', (col) => col.notNull())
    .addColumn('sd_source', 'text', (col) => col.notNull())
    .addColumn('clinic_clients', 'integer', (col) => col.notNull())
    .execute();
}
