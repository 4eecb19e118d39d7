import type { Kysely } from 'kysely';

/**
 * The self-report links' rate limits move from each process's memory into the database, so two API
 * instances on one PostgreSQL share them: one counter row per token hash and per address, counted
 * by one atomic upsert (as the sign-in counters of 2026-12-06-0006).
 */
// Frozen in time: never imports domain types; runs unchanged on SQLite and PostgreSQL.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('link_hit_counters')
    // `token:<sha256 of the token>` or `address:<ip>`: never the token itself.
    .addColumn('counter_key', 'text', (col) => col.primaryKey())
    .addColumn('hits', 'integer', (col) => col.notNull())
    .addColumn('window_started_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('link_hit_counters_window_idx').on('link_hit_counters').columns(['window_started_at']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('link_hit_counters').execute();
}
