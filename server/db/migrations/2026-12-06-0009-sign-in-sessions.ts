import type { Kysely } from 'kysely';

// Frozen in time: never imports domain types; runs unchanged on SQLite and PostgreSQL.
// "sessions" meant both sign-in sessions and family sessions: the sign-in table says which it is.
// Both engines rename a table in place (rows, columns, checks and keys stay); the index is dropped
// and made again under the new name because SQLite cannot rename an index.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sessions').renameTo('sign_in_sessions').execute();
  await db.schema.dropIndex('sessions_user_idx').execute();
  await db.schema.createIndex('sign_in_sessions_user_idx').on('sign_in_sessions').column('user_id').execute();
}
