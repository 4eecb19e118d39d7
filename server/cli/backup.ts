import { existsSync } from 'node:fs';
import { backupSqliteDatabase } from '../db/sqlite-backup';
import { runCommand } from './run-command';
import { readSqliteFileCommand, reportStop } from './sqlite-file-command';

const USAGE = `Backs up the SQLite database named by DATABASE_URL (default data/carecircle.db) while the
server may keep running. The backup is one self-contained, integrity-checked SQLite file.

Usage: npm run db:backup -- <backup-file> [--force]
  --force   overwrite <backup-file> if it exists`;

const INSTEAD_FOR_POSTGRES =
  'DATABASE_URL names a PostgreSQL database: back it up with pg_dump, e.g.\n' +
  '  pg_dump --format=custom --file=carecircle.dump "$DATABASE_URL"\n' +
  'and restore it with pg_restore. This command is for the embedded SQLite database only.\n';

async function main(): Promise<number> {
  const command = readSqliteFileCommand({ usage: USAGE, insteadForPostgres: INSTEAD_FOR_POSTGRES });
  if ('stop' in command) {
    return reportStop(command);
  }
  const { file: targetPath, force, database: source } = command;
  if (existsSync(targetPath) && !force) {
    process.stderr.write(`${targetPath} already exists: choose another name, or pass --force to overwrite it.\n`);
    return 1;
  }
  const backup = await backupSqliteDatabase(source, targetPath, { overwrite: force });
  process.stdout.write(`Backed up ${source} to ${backup.path} (${(backup.bytes / 1024).toFixed(0)} KiB, integrity check ok).\n`);
  return 0;
}

runCommand('db:backup', main);
