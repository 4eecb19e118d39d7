import type { Kysely } from 'kysely';

/**
 * Reliable change (#17 items 1–2): a client's stored status gains "reliable decline since the first
 * measure" (the existing `decline` column now means a reliable decline since the previous one), and
 * the clinic keeps the change norm each instrument's flags were computed with, so a write that moves
 * a threshold knows to recompute every client. Empty at first: the server fills it, and recomputes
 * every stored status, when it starts (server/measures/change-norms.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('client_measure_status')
    .addColumn('decline_since_first', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('measure_change_norms')
    .addColumn('instrument', 'text', (col) => col.primaryKey())
    .addColumn('steps', 'integer', (col) => col.notNull())
    .addColumn('sd', 'double precision', (col) => col.notNull())
    .addColumn('sd_source', 'text', (col) => col.notNull())
    .addColumn('clinic_clients', 'integer', (col) => col.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('measure_change_norms').execute();
  await db.schema.alterTable('client_measure_status').dropColumn('decline_since_first').execute();
}
