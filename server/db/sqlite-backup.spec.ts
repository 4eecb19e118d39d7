import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { connectDatabase, type DatabaseHandle } from './connect';
import { migrateToLatest } from './migrate';
import { backupSqliteDatabase, restoreSqliteDatabase, sqlitePathOf, verifySqliteBackup } from './sqlite-backup';

// SQLite only, whatever TEST_DB_ENGINE says: PostgreSQL is backed up with pg_dump.
describe('SQLite backup and restore', () => {
  let directory: string;
  let live: DatabaseHandle;
  let livePath: string;

  const usersOf = (handle: DatabaseHandle) => handle.db.selectFrom('users').selectAll().orderBy('id').execute();
  const auditOf = (handle: DatabaseHandle) => handle.db.selectFrom('audit_events').selectAll().orderBy('id').execute();

  async function addRows(handle: DatabaseHandle, count: number, prefix: string): Promise<void> {
    for (let i = 0; i < count; i++) {
      const id = `${prefix}-${String(i).padStart(4, '0')}`;
      await handle.db
        .insertInto('users')
        .values({
          id,
          name: `Person ${i}`,
          email: `${id}@clinic.test`,
          role: 'therapist',
          supervisor_id: null,
          active: 1,
          password_hash: 'not-a-real-hash',
          must_change_password: 0,
          is_demo: 0,
          version: 1,
          created_at: '2026-11-25T09:00:00.000Z',
          updated_at: '2026-11-25T09:00:00.000Z',
        })
        .execute();
      await handle.db
        .insertInto('audit_events')
        .values({ id: `audit-${id}`, at: '2026-11-25T09:00:00.000Z', user_id: id, action: 'sign-in', record_type: null, record_id: null, outcome: 'success', ip: null })
        .execute();
    }
  }

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), 'carecircle-backup-spec-'));
    livePath = join(directory, 'live', 'carecircle.db');
    live = connectDatabase(`sqlite:${livePath}`);
    await migrateToLatest(live.db);
    await addRows(live, 25, 'user');
  });

  afterEach(async () => {
    await live.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('backs up a database in use and restores it into a new path with equal rows', async () => {
    // The live connection stays open, as a running server's would: its WAL is not checkpointed.
    expect(existsSync(`${livePath}-wal`)).toBeTrue();
    const backupPath = join(directory, 'backups', 'nightly.db');

    const backup = await backupSqliteDatabase(livePath, backupPath);
    expect(backup.bytes).toBeGreaterThan(0);
    expect(readdirSync(join(directory, 'backups'))).toEqual(['nightly.db']); // one self-contained file

    const restoredPath = join(directory, 'restored', 'carecircle.db');
    const restore = await restoreSqliteDatabase(backupPath, restoredPath);
    expect(restore.previousDatabase).toBeNull();
    expect(restore.restoredFrom.migrations.length).toBeGreaterThan(0);

    const restored = connectDatabase(`sqlite:${restoredPath}`);
    try {
      expect((await usersOf(restored)).length).toBe(25);
      expect(await usersOf(restored)).toEqual(await usersOf(live));
      expect(await auditOf(restored)).toEqual(await auditOf(live));
    } finally {
      await restored.close();
    }
  });

  it('replaces an existing database, keeping a copy of it and dropping its stale -wal/-shm', async () => {
    const backupPath = join(directory, 'backup.db');
    await backupSqliteDatabase(livePath, backupPath);

    // A second database that has moved on since the backup, left with WAL files beside it.
    const targetPath = join(directory, 'target.db');
    await backupSqliteDatabase(livePath, targetPath);
    const target = connectDatabase(`sqlite:${targetPath}`);
    await addRows(target, 3, 'later');
    // Keep its -wal/-shm as a crash would leave them (a clean close checkpoints and deletes them).
    for (const suffix of ['-wal', '-shm']) {
      copyFileSync(`${targetPath}${suffix}`, join(directory, `saved${suffix}`));
    }
    await target.close();
    for (const suffix of ['-wal', '-shm']) {
      copyFileSync(join(directory, `saved${suffix}`), `${targetPath}${suffix}`);
    }

    const restore = await restoreSqliteDatabase(backupPath, targetPath, new Date('2026-11-25T10:00:00.000Z'));
    expect(existsSync(`${targetPath}-wal`)).toBeFalse();

    const restored = connectDatabase(`sqlite:${targetPath}`);
    const previous = connectDatabase(`sqlite:${restore.previousDatabase!}`);
    try {
      expect(await usersOf(restored)).toEqual(await usersOf(live));
      expect((await usersOf(previous)).length).toBe(28);
    } finally {
      await restored.close();
      await previous.close();
    }
  });

  it('will not overwrite an existing file unless asked, nor the database itself', async () => {
    const backupPath = join(directory, 'backup.db');
    writeFileSync(backupPath, 'precious');

    await expectAsync(backupSqliteDatabase(livePath, backupPath)).toBeRejectedWithError(/already exists/);
    await expectAsync(backupSqliteDatabase(livePath, livePath, { overwrite: true })).toBeRejectedWithError(/over the database itself/);
    await backupSqliteDatabase(livePath, backupPath, { overwrite: true });
    expect(verifySqliteBackup(backupPath).migrations.length).toBeGreaterThan(0);
  });

  it('refuses to restore a file that is not a CareCircle SQLite database, changing nothing', async () => {
    const junk = join(directory, 'junk.db');
    writeFileSync(junk, 'this is not a database '.repeat(100));
    const otherSqlite = join(directory, 'other.db');
    const other = new BetterSqlite3(otherSqlite);
    other.exec('create table notes (id integer primary key)');
    other.close();

    await expectAsync(restoreSqliteDatabase(junk, livePath)).toBeRejectedWithError(/not a readable SQLite database/);
    await expectAsync(restoreSqliteDatabase(otherSqlite, livePath)).toBeRejectedWithError(/not a CareCircle one/);
    await expectAsync(restoreSqliteDatabase(join(directory, 'missing.db'), livePath)).toBeRejectedWithError(/no file/);
    expect((await usersOf(live)).length).toBe(25);
    expect(readdirSync(join(directory, 'live')).filter((name) => name.includes('before-restore'))).toEqual([]);
  });

  it('reads the file from DATABASE_URL as connect.ts does, and has nothing to do for PostgreSQL', () => {
    expect(sqlitePathOf('sqlite:./data/carecircle.db')).toBe('./data/carecircle.db');
    expect(sqlitePathOf('/var/lib/carecircle.db')).toBe('/var/lib/carecircle.db');
    expect(sqlitePathOf('postgres://carecircle@db:5432/carecircle')).toBeNull();
    expect(() => sqlitePathOf('sqlite::memory:')).toThrowError(/in memory/);
  });
});
