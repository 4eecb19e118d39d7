import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { backupSqliteDatabase, sqlitePathOf } from '../db/sqlite-backup';
import { userPath } from './cli-paths';

const USAGE = `Backs up the SQLite database named by DATABASE_URL (default data/carecircle.db) while the
server may keep running. The backup is one self-contained, integrity-checked SQLite file.

Usage: npm run db:backup -- <backup-file> [--force]
  --force   overwrite <backup-file> if it exists`;

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
  const [target, ...extra] = positionals;
  if (!target || extra.length > 0) {
    process.stderr.write(`Name exactly one backup file.\n\n${USAGE}\n`);
    return 1;
  }
  const source = sqlitePathOf(loadConfig().databaseUrl);
  if (source === null) {
    process.stderr.write(
      'DATABASE_URL names a PostgreSQL database: back it up with pg_dump, e.g.\n' +
        '  pg_dump --format=custom --file=carecircle.dump "$DATABASE_URL"\n' +
        'and restore it with pg_restore. This command is for the embedded SQLite database only.\n',
    );
    return 1;
  }
  const targetPath = userPath(target);
  if (existsSync(targetPath) && !values.force) {
    process.stderr.write(`${targetPath} already exists: choose another name, or pass --force to overwrite it.\n`);
    return 1;
  }
  const backup = await backupSqliteDatabase(source, targetPath, { overwrite: values.force === true });
  process.stdout.write(`Backed up ${source} to ${backup.path} (${(backup.bytes / 1024).toFixed(0)} KiB, integrity check ok).\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`db:backup failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
