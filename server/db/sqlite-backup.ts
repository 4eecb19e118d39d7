import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

/**
 * Backup and restore of the embedded SQLite database (PostgreSQL has pg_dump / pg_restore).
 * Backups use SQLite's online backup API, so they are consistent while the server keeps writing,
 * and are written as one self-contained file (rollback journal, no -wal/-shm beside it).
 */

/** The database file a DATABASE_URL names, as connect.ts reads it; null for PostgreSQL. */
export function sqlitePathOf(databaseUrl: string): string | null {
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    return null;
  }
  const path = databaseUrl.replace(/^sqlite:/, '');
  if (path === ':memory:' || path === '') {
    throw new Error('The database is in memory: there is no file to back up or restore.');
  }
  return path;
}

export interface BackupResult {
  readonly path: string;
  readonly bytes: number;
}

/**
 * Copies the live database at `sourcePath` into `targetPath` page by page, verifies the copy and only
 * then moves it into place, so an interrupted backup never replaces a good older one.
 */
export async function backupSqliteDatabase(
  sourcePath: string,
  targetPath: string,
  options: { readonly overwrite?: boolean } = {},
): Promise<BackupResult> {
  const source = resolve(sourcePath);
  const target = resolve(targetPath);
  if (!existsSync(source)) {
    throw new Error(`There is no database at ${source}.`);
  }
  if (target === source || target.startsWith(`${source}-`)) {
    throw new Error('The backup cannot be written over the database itself.');
  }
  if (existsSync(target) && !options.overwrite) {
    throw new Error(`${target} already exists; choose another name or overwrite it explicitly.`);
  }
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial-${process.pid}`;
  try {
    const database = new BetterSqlite3(source, { fileMustExist: true });
    try {
      database.pragma('busy_timeout = 5000');
      await database.backup(partial);
    } finally {
      database.close();
    }
    const copy = new BetterSqlite3(partial, { fileMustExist: true });
    try {
      // The copy inherits WAL mode; switch it to a single file that can be moved and mailed alone.
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    verifySqliteBackup(partial);
    renameSync(partial, target);
  } finally {
    removeWithCompanions(partial);
  }
  return { path: target, bytes: statSync(target).size };
}

export interface VerifiedBackup {
  readonly path: string;
  /** Migrations the backup has applied, oldest first. */
  readonly migrations: readonly string[];
}

/**
 * Opens `path` read-only and checks that it is a SQLite database that passes `PRAGMA
 * integrity_check` and holds CareCircle's tables. Throws with the reason otherwise.
 */
export function verifySqliteBackup(path: string): VerifiedBackup {
  const file = resolve(path);
  if (!existsSync(file)) {
    throw new Error(`There is no file at ${file}.`);
  }
  let database: BetterSqlite3.Database | undefined;
  try {
    database = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const problems = (database.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check);
    if (problems.length !== 1 || problems[0] !== 'ok') {
      throw new Error(`${file} fails the integrity check: ${problems.slice(0, 5).join('; ')}`);
    }
    const tables = new Set(database.prepare(`select name from sqlite_master where type = 'table'`).pluck().all() as string[]);
    if (!tables.has('kysely_migration') || !tables.has('users')) {
      throw new Error(`${file} is a SQLite database, but not a CareCircle one (no migrations or users table).`);
    }
    const migrations = database.prepare('select name from kysely_migration order by name').pluck().all() as string[];
    return { path: file, migrations };
  } catch (error) {
    if (error instanceof BetterSqlite3.SqliteError && (error.code === 'SQLITE_NOTADB' || error.code === 'SQLITE_CORRUPT')) {
      throw new Error(`${file} is not a readable SQLite database (${error.message}).`);
    }
    throw error;
  } finally {
    database?.close();
  }
}

export interface RestoreResult {
  readonly restoredFrom: VerifiedBackup;
  /** Where the database that was replaced now is (a backup taken just before); null if there was none. */
  readonly previousDatabase: string | null;
}

/**
 * Replaces the database at `databasePath` with a verified copy of `backupPath`. The server must be
 * stopped (a running one would keep writing to the replaced file). The database being replaced is
 * first backed up beside itself; stale -wal/-shm/-journal files are removed so SQLite cannot replay
 * them onto the restored file.
 */
export async function restoreSqliteDatabase(backupPath: string, databasePath: string, now = new Date()): Promise<RestoreResult> {
  const backup = resolve(backupPath);
  const database = resolve(databasePath);
  if (backup === database) {
    throw new Error('The backup and the database are the same file.');
  }
  const restoredFrom = verifySqliteBackup(backup);

  let previousDatabase: string | null = null;
  if (existsSync(database)) {
    previousDatabase = `${database}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    try {
      await backupSqliteDatabase(database, previousDatabase);
    } catch (error) {
      throw new Error(
        `Could not keep a copy of the current database before replacing it (${error instanceof Error ? error.message : String(error)}). ` +
          `Nothing was changed; move ${database} aside yourself and run the restore again.`,
      );
    }
  }

  mkdirSync(dirname(database), { recursive: true });
  const incoming = `${database}.restoring-${process.pid}`;
  try {
    copyFileSync(backup, incoming);
    verifySqliteBackup(incoming);
    removeCompanions(database);
    renameSync(incoming, database);
  } finally {
    removeWithCompanions(incoming);
  }
  return { restoredFrom, previousDatabase };
}

/** -wal and -shm (WAL mode) and -journal (rollback mode) belong to one database file. */
function removeCompanions(file: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) {
    rmSync(`${file}${suffix}`, { force: true });
  }
}

function removeWithCompanions(file: string): void {
  rmSync(file, { force: true });
  removeCompanions(file);
}
