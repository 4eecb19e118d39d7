import { restoreSqliteDatabase, verifySqliteBackup } from '../db/sqlite-backup';
import { runCommand } from './run-command';
import { readSqliteFileCommand, reportStop } from './sqlite-file-command';

const USAGE = `Replaces the SQLite database named by DATABASE_URL (default data/carecircle.db) with a backup
made by \`npm run db:backup\`. Stop the CareCircle server first. The backup is checked (PRAGMA
integrity_check) before anything changes, and the database it replaces is kept beside it.

Usage: npm run db:restore -- <backup-file> --force
  without --force: only checks the backup and says what would happen`;

const INSTEAD_FOR_POSTGRES =
  'DATABASE_URL names a PostgreSQL database: restore it with pg_restore, e.g.\n' +
  '  pg_restore --clean --if-exists --dbname="$DATABASE_URL" carecircle.dump\n' +
  'This command is for the embedded SQLite database only.\n';

async function main(): Promise<number> {
  const command = readSqliteFileCommand({ usage: USAGE, insteadForPostgres: INSTEAD_FOR_POSTGRES });
  if ('stop' in command) {
    return reportStop(command);
  }
  const { file: backup, force, database } = command;

  // Whether the server is running cannot be known reliably (it may be on another host sharing the
  // file, or under another user), so the operator confirms it with --force.
  if (!force) {
    const verified = verifySqliteBackup(backup);
    process.stderr.write(
      `${verified.path} is a valid backup (integrity check ok, ${verified.migrations.length} migrations).\n` +
        `Restoring it REPLACES ${database}. Stop the CareCircle server first (a running server would keep\n` +
        'writing to the replaced file and lose or corrupt data), then run this again with --force.\n',
    );
    return 1;
  }

  process.stderr.write('Warning: the CareCircle server must be stopped during a restore.\n');
  const result = await restoreSqliteDatabase(backup, database);
  process.stdout.write(
    `Restored ${database} from ${result.restoredFrom.path}.\n` +
      (result.previousDatabase ? `The database it replaced is kept as ${result.previousDatabase}.\n` : '') +
      'Start the server again; it applies any newer migrations on start-up.\n',
  );
  return 0;
}

runCommand('db:restore', main);
