import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { sqlitePathOf } from '../db/sqlite-backup';
import { userPath } from './cli-paths';

/** What `db:backup` and `db:restore` run with: the one file named, --force, and the embedded database. */
export interface SqliteFileCommand {
  /** The backup file, resolved against the folder the user typed the command in. */
  readonly file: string;
  readonly force: boolean;
  /** The SQLite file DATABASE_URL names. */
  readonly database: string;
}

/** Why the command stops before doing anything, and with which exit code. */
export interface CommandStop {
  readonly stop: { readonly code: number; readonly stdout?: string; readonly stderr?: string };
}

/**
 * Reads `<file> [--force] [--help]` and DATABASE_URL for the two SQLite file commands. They differ
 * only in their usage text and in what a PostgreSQL deployment should use instead (pg_dump or pg_restore).
 */
export function readSqliteFileCommand(
  texts: { readonly usage: string; readonly insteadForPostgres: string },
  args: readonly string[] = process.argv.slice(2),
  // Read only once the arguments are sound, so `--help` works whatever the environment holds.
  databaseUrl: () => string = () => loadConfig().databaseUrl,
): SqliteFileCommand | CommandStop {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    return { stop: { code: 0, stdout: `${texts.usage}\n` } };
  }
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) {
    return { stop: { code: 1, stderr: `Name exactly one backup file.\n\n${texts.usage}\n` } };
  }
  const database = sqlitePathOf(databaseUrl());
  if (database === null) {
    return { stop: { code: 1, stderr: texts.insteadForPostgres } };
  }
  return { file: userPath(file), force: values.force === true, database };
}

/** Writes a stop's message and returns its exit code. */
export function reportStop({ stop }: CommandStop): number {
  if (stop.stdout) process.stdout.write(stop.stdout);
  if (stop.stderr) process.stderr.write(stop.stderr);
  return stop.code;
}
