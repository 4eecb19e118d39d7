import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { restoreSqliteDatabase, sqlitePathOf, verifySqliteBackup } from '../db/sqlite-backup';
import { userPath } from './cli-paths';

const USAGE = `Replaces the SQLite database named by DATABASE_URL (default data/carecircle.db) with a backup
made by \`npm run db:backup\`. Stop the CareCircle server first. The backup is checked (PRAGMA
integrity_check) before anything changes, and the database it replaces is kept beside it.

Usage: npm run db:restore -- <backup-file> --force
  without --force: only checks the backup and says what would happen`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [backupArgument, ...extra] = positionals;
  if (!backupArgument || extra.length > 0) {
    process.stderr.write(`Name exactly one backup file.\n\n${USAGE}\n`);
    return 1;
  }
  const database = sqlitePathOf(loadConfig().databaseUrl);
  if (database === null) {
    process.stderr.write(
      'DATABASE_URL names a PostgreSQL database: restore it with pg_restore, e.g.\n' +
        '  pg_restore --clean --if-exists --dbname="$DATABASE_URL" carecircle.dump\n' +
        'This command is for the embedded SQLite database only.\n',
    );
    return 1;
  }
  const backup = userPath(backupArgument);

  // Whether the server is running cannot be known reliably (it may be on another host sharing the
  // file, or under another user), so the operator confirms it with --force.
  if (!values.force) {
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

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`db:restore failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
