import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { connectDatabase, type DatabaseHandle } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';

/**
 * A fresh, migrated database for one spec. SQLite by default (a temporary file); PostgreSQL in its
 * own schema when TEST_DB_ENGINE=postgres and PG_TEST_URL are set. `dispose()` hands it back.
 *
 * Migrating a new PostgreSQL schema costs over a second and the server suite asks for hundreds,
 * so a disposed database whose structure is untouched is emptied and handed to the next spec
 * instead of dropped. A spec that altered the structure (a renamed or dropped table) gets its
 * database dropped as before, so no spec ever sees another's tables or rows.
 */
export interface TestDatabase extends DatabaseHandle {
  readonly url: string;
  readonly schema: string | undefined;
  dispose(): Promise<void>;
}

interface MigratedDatabase {
  readonly handle: DatabaseHandle;
  readonly url: string;
  readonly schema: string | undefined;
  /** The tables and columns right after migrating; a database is reused only while it still matches. */
  readonly structure: string;
  destroy(): Promise<void>;
}

/** More than one spare is never needed: specs run one at a time and hold at most two databases. */
const MAX_SPARES = 2;
const spares: MigratedDatabase[] = [];

export type TestEngine = 'sqlite' | 'postgres';

/** The engine this run's specs use (TEST_DB_ENGINE); a spec may ask for the other one (the FHIR round trip does). */
export const testEngine = (): TestEngine => (process.env['TEST_DB_ENGINE'] === 'postgres' ? 'postgres' : 'sqlite');

export async function createTestDatabase(engine: TestEngine = testEngine()): Promise<TestDatabase> {
  // The newest spare of the engine: a spec that hands a database back gets that same one next.
  const spare = spares.map((candidate) => candidate.handle.engine).lastIndexOf(engine);
  const migrated = (spare >= 0 ? spares.splice(spare, 1)[0] : undefined) ?? (await migrateNewDatabase(engine));
  let disposed = false;
  return {
    ...migrated.handle,
    url: migrated.url,
    schema: migrated.schema,
    dispose: async () => {
      if (disposed) {
        return;
      }
      disposed = true;
      await handBack(migrated);
    },
  };
}

/** Drops every spare; the suite's last step, so no PostgreSQL schema outlives the run. */
export async function dropSpareTestDatabases(): Promise<void> {
  for (const spare of spares.splice(0)) {
    await spare.destroy();
  }
}

async function handBack(migrated: MigratedDatabase): Promise<void> {
  if (!(await emptyIfUnaltered(migrated))) {
    await migrated.destroy();
    return;
  }
  // The newest spare is handed out first; past the limit the oldest goes.
  spares.push(migrated);
  if (spares.length > MAX_SPARES) {
    await spares.shift()!.destroy();
  }
}

async function emptyIfUnaltered(migrated: MigratedDatabase): Promise<boolean> {
  try {
    if ((await describeStructure(migrated.handle, migrated.schema)) !== migrated.structure) {
      return false;
    }
    await emptyAllTables(migrated.handle, migrated.schema);
    return true;
  } catch {
    // A closed handle or a half-broken database: drop it rather than guess.
    return false;
  }
}

async function migrateNewDatabase(engine: TestEngine): Promise<MigratedDatabase> {
  const created = engine === 'postgres' ? await createPostgresSchema() : createSqliteFile();
  try {
    await withSchemaChangeLock(created.url, created.schema, () => migrateToLatest(created.handle.db, created.schema));
  } catch (error) {
    await created.destroy();
    throw error;
  }
  return { ...created, structure: await describeStructure(created.handle, created.schema) };
}

/**
 * Kysely's migrator introspects every schema of the database (pg_get_serial_sequence over each
 * table), which fails with "schema … does not exist" when another spec run drops its schema at
 * that moment. Spec runs sharing one PostgreSQL database therefore take turns to migrate and drop.
 */
const SCHEMA_CHANGE_LOCK = 0x63617265; // any constant shared by every spec run

async function withSchemaChangeLock<T>(url: string, schema: string | undefined, change: () => Promise<T>): Promise<T> {
  if (schema === undefined) {
    return change();
  }
  const holder = connectDatabase(url, { poolSize: 1 });
  try {
    return await holder.db.connection().execute(async (connection) => {
      await sql`select pg_advisory_lock(${SCHEMA_CHANGE_LOCK})`.execute(connection);
      try {
        return await change();
      } finally {
        await sql`select pg_advisory_unlock(${SCHEMA_CHANGE_LOCK})`.execute(connection);
      }
    });
  } finally {
    await holder.close();
  }
}

function createSqliteFile(): Omit<MigratedDatabase, 'structure'> {
  const directory = mkdtempSync(join(tmpdir(), 'carecircle-spec-'));
  const url = `sqlite:${join(directory, 'test.db')}`;
  const handle = connectDatabase(url);
  return {
    handle,
    url,
    schema: undefined,
    destroy: async () => {
      await handle.close().catch(() => undefined);
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

async function createPostgresSchema(): Promise<Omit<MigratedDatabase, 'structure'>> {
  const url = process.env['PG_TEST_URL'];
  if (!url) {
    throw new Error('TEST_DB_ENGINE=postgres needs PG_TEST_URL');
  }
  const schema = `spec_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = connectDatabase(url, { poolSize: 1 });
  await sql`create schema ${sql.id(schema)}`.execute(admin.db);
  await admin.close();
  const handle = connectDatabase(url, { schema, poolSize: 5 });
  return {
    handle,
    url,
    schema,
    destroy: async () => {
      await handle.close().catch(() => undefined);
      await withSchemaChangeLock(url, schema, async () => {
        const cleaner = connectDatabase(url, { poolSize: 1 });
        await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(cleaner.db);
        await cleaner.close();
      });
    },
  };
}

/** Every table, column (with its type), index, trigger and function, in a stable order, as one string. */
async function describeStructure(handle: DatabaseHandle, schema: string | undefined): Promise<string> {
  if (handle.engine === 'postgres') {
    const { rows } = await sql<{ line: string }>`
      select table_name || '.' || column_name || ':' || data_type || ':' || is_nullable as line
      from information_schema.columns where table_schema = ${schema}
      union all select indexdef from pg_indexes where schemaname = ${schema}
      union all select trigger_name || ' ' || event_manipulation || ' ' || event_object_table || ' ' || action_statement
      from information_schema.triggers where trigger_schema = ${schema}
      union all select routine_name from information_schema.routines where routine_schema = ${schema}
      order by 1`.execute(handle.db);
    return rows.map((row) => row.line).join('\n');
  }
  const { rows } = await sql<{ line: string }>`
    select type || ' ' || name || ':' || coalesce(sql, '') as line from sqlite_master order by type, name`.execute(handle.db);
  return rows.map((row) => row.line).join('\n');
}

/**
 * Deletes every row except the migration bookkeeping, so the database is as freshly migrated. The
 * audit trail's append-only triggers refuse exactly this, so they are off while it happens, in the
 * same transaction on PostgreSQL (dropped and recreated from their own SQL on SQLite).
 */
async function emptyAllTables(handle: DatabaseHandle, schema: string | undefined): Promise<void> {
  if (handle.engine === 'postgres') {
    await handle.db.transaction().execute(async (trx) => {
      const { rows } = await sql<{ name: string }>`
        select table_name as name from information_schema.tables
        where table_schema = ${schema} and table_type = 'BASE TABLE' and table_name not like 'kysely%'`.execute(trx);
      const tables = rows.map((row) => sql.id(schema!, row.name));
      for (const table of tables) {
        await sql`alter table ${table} disable trigger user`.execute(trx);
      }
      // One TRUNCATE of every table at once: foreign keys between them need no ordering.
      await sql`truncate ${sql.join(tables)}`.execute(trx);
      for (const table of tables) {
        await sql`alter table ${table} enable trigger user`.execute(trx);
      }
    });
    return;
  }
  const { rows } = await sql<{ type: string; name: string; sql: string }>`
    select type, name, sql from sqlite_master
    where type in ('table', 'trigger') and name not like 'kysely%' and name not like 'sqlite%'`.execute(handle.db);
  const triggers = rows.filter((row) => row.type === 'trigger');
  // SQLite checks foreign keys per statement; switching them off while emptying avoids ordering.
  await sql`pragma foreign_keys = off`.execute(handle.db);
  try {
    await handle.db.transaction().execute(async (trx) => {
      for (const trigger of triggers) {
        await sql`drop trigger ${sql.id(trigger.name)}`.execute(trx);
      }
      for (const table of rows.filter((row) => row.type === 'table')) {
        await sql`delete from ${sql.id(table.name)}`.execute(trx);
      }
      for (const trigger of triggers) {
        await sql.raw(trigger.sql).execute(trx);
      }
    });
  } finally {
    await sql`pragma foreign_keys = on`.execute(handle.db);
  }
}
