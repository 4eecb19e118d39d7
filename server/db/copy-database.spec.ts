import { sql } from 'kysely';
import { generateDemoClinic, insertDemoClinic } from '../seed/demo-clinic';
import { connectDatabase } from './connect';
import { copyDatabase, fingerprint } from './copy-database';
import { migrateToLatest } from './migrate';
import { TABLES_IN_DEPENDENCY_ORDER } from './table-order';
import { createTestDatabase, type TestDatabase } from '../spec/helpers/test-database';

describe('copying a clinic between databases', () => {
  let source: TestDatabase;

  beforeAll(async () => {
    source = await createTestDatabase();
    const clinic = await generateDemoClinic(undefined, 3, new Date('2026-11-25T12:00:00Z'));
    await insertDemoClinic(source.db, clinic);
  });

  afterAll(async () => {
    await source.dispose();
  });

  it('lists every table the migrations create', async () => {
    const tables = (await source.db.introspection.getTables())
      .filter((table) => source.schema === undefined || table.schema === source.schema)
      .map((table) => table.name)
      .sort();
    expect(tables).toEqual(TABLES_IN_DEPENDENCY_ORDER.map((table) => table.name).sort());
  });

  it('copies into an empty database with equal row counts and checksums', async () => {
    const target = connectDatabase('sqlite::memory:');
    try {
      await migrateToLatest(target.db);
      const copied = await copyDatabase(source.db, target.db);
      expect(copied).toEqual(await fingerprint(source.db));
      expect(copied.find((table) => table.table === 'clients')!.rows).toBeGreaterThan(40);
    } finally {
      await target.close();
    }
  });

  it('round-trips through the embedded engine and back with matching checksums (PostgreSQL → SQLite → PostgreSQL in the PostgreSQL run)', async () => {
    const middle = connectDatabase('sqlite::memory:');
    const back = await createTestDatabase();
    try {
      await migrateToLatest(middle.db);
      await copyDatabase(source.db, middle.db);
      const returned = await copyDatabase(middle.db, back.db);
      expect(returned).toEqual(await fingerprint(source.db));
    } finally {
      await middle.close();
      await back.dispose();
    }
  });

  it('refuses a target that already holds data', async () => {
    const target = connectDatabase('sqlite::memory:');
    try {
      await migrateToLatest(target.db);
      await copyDatabase(source.db, target.db);
      await expectAsync(copyDatabase(source.db, target.db)).toBeRejectedWithError(/not empty/);
    } finally {
      await target.close();
    }
  });

  it('changes the checksum when one value changes', async () => {
    const target = connectDatabase('sqlite::memory:');
    try {
      await migrateToLatest(target.db);
      await copyDatabase(source.db, target.db);
      await sql`update clients set pronouns = 'changed' where id = (select min(id) from clients)`.execute(target.db);
      const [a, b] = [await fingerprint(source.db), await fingerprint(target.db)];
      expect(b.find((t) => t.table === 'clients')!.checksum).not.toBe(a.find((t) => t.table === 'clients')!.checksum);
      expect(b.find((t) => t.table === 'users')!.checksum).toBe(a.find((t) => t.table === 'users')!.checksum);
    } finally {
      await target.close();
    }
  });
});
