import { type Kysely, sql } from 'kysely';

// Frozen in time: never imports domain types; runs unchanged on SQLite and PostgreSQL.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // One authenticator per user. The secret is AES-256-GCM ciphertext, never the base32 key itself;
  // `last_used_step` is the TOTP time step last accepted, so a code is never accepted twice.
  await db.schema
    .createTable('second_factors')
    .addColumn('user_id', 'text', (col) => col.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('secret_encrypted', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('last_used_step', 'bigint')
    .execute();

  // Keyed hashes of one-time recovery codes; a used code keeps its row (used_at) for the audit trail.
  await db.schema
    .createTable('recovery_codes')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('used_at', 'text')
    .addUniqueConstraint('recovery_codes_user_hash_unique', ['user_id', 'code_hash'])
    .execute();

  // The clinic's rule, one row at most (absent: nobody is required to use two-factor sign-in).
  await db.schema
    .createTable('two_factor_policy')
    .addColumn('id', 'text', (col) => col.primaryKey().check(sql`id = 'clinic'`))
    .addColumn('required_for', 'text', (col) => col.notNull().check(sql`required_for in ('none', 'all', 'roles')`))
    // Comma-separated roles, read only when required_for = 'roles'.
    .addColumn('roles', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('updated_by', 'text', (col) => col.references('users.id'))
    .execute();

  // A session whose password was right but whose second step is still owed.
  await db.schema
    .alterTable('sessions')
    .addColumn('pending_step', 'text', (col) => col.check(sql`pending_step in ('second-factor', 'enrolment')`))
    .execute();
}
