import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { connectDatabase, type DatabaseHandle } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';

/**
 * A fresh, migrated database for one spec file. SQLite by default (a temporary file); PostgreSQL
 * in its own schema when TEST_DB_ENGINE=postgres and PG_TEST_URL are set. `dispose()` removes it.
 */
export interface TestDatabase extends DatabaseHandle {
  readonly url: string;
  readonly schema: string | undefined;
  dispose(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (process.env['TEST_DB_ENGINE'] === 'postgres') {
    return createPostgresTestDatabase();
  }
  const directory = mkdtempSync(join(tmpdir(), 'carecircle-spec-'));
  const url = `sqlite:${join(directory, 'test.db')}`;
  const handle = connectDatabase(url);
  await migrateToLatest(handle.db);
  return {
    ...handle,
    url,
    schema: undefined,
    dispose: async () => {
      await handle.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

async function createPostgresTestDatabase(): Promise<TestDatabase> {
  const url = process.env['PG_TEST_URL'];
  if (!url) {
    throw new Error('TEST_DB_ENGINE=postgres needs PG_TEST_URL');
  }
  const schema = `spec_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = connectDatabase(url, { poolSize: 1 });
  await sql`create schema ${sql.id(schema)}`.execute(admin.db);
  await admin.close();
  const handle = connectDatabase(url, { schema, poolSize: 5 });
  await migrateToLatest(handle.db, schema);
  return {
    ...handle,
    url,
    schema,
    dispose: async () => {
      await handle.close();
      const cleaner = connectDatabase(url, { poolSize: 1 });
      await sql`drop schema ${sql.id(schema)} cascade`.execute(cleaner.db);
      await cleaner.close();
    },
  };
}
