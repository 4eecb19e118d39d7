import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database';
import { SERVING_CONNECTION_AUTOCHECKPOINT_PAGES, startCheckpointer } from './sqlite-checkpointer';
import { startSqliteReadWorkers } from './sqlite-read-workers';

export type Engine = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  /**
   * Where reports run (the team dashboard): reads that need not see a request's own uncommitted
   * writes. On a SQLite file with read workers, worker threads (sqlite-read-workers.ts); otherwise
   * `db` itself (PostgreSQL already runs queries beside each other, on its pool).
   */
  readonly reportsDb: Kysely<Database>;
  readonly engine: Engine;
  /** Drains the pool (PostgreSQL) or closes the file (SQLite). */
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** PostgreSQL only: the schema to work in (specs use a fresh one per run). */
  readonly schema?: string;
  /** PostgreSQL only: upper bound of pooled connections per instance. */
  readonly poolSize?: number;
  /** SQLite file only: worker threads for reports (0, the default, runs them on `db`). */
  readonly readWorkers?: number;
}

export function connectDatabase(url: string, options: ConnectOptions = {}): DatabaseHandle {
  if (/^postgres(ql)?:\/\//.test(url)) {
    return connectPostgres(url, options);
  }
  return connectSqlite(url.replace(/^sqlite:/, ''), options.readWorkers ?? 0);
}

function connectSqlite(path: string, readWorkers: number): DatabaseHandle {
  if (path !== ':memory:') {
    mkdirSync(dirname(resolve(path)), { recursive: true });
  }
  const sqlite = new BetterSqlite3(path);
  // Some file systems refuse WAL and stay in rollback mode, where a reader blocks the writer.
  const wal = sqlite.pragma('journal_mode = WAL', { simple: true }) === 'wal';
  sqlite.pragma('foreign_keys = ON');
  // Another process (a backup, a CLI) may hold the write lock briefly; wait instead of failing.
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  if (path === ':memory:') {
    return { db, reportsDb: db, engine: 'sqlite', close: () => db.destroy() };
  }
  sqlite.pragma(`wal_autocheckpoint = ${SERVING_CONNECTION_AUTOCHECKPOINT_PAGES}`);
  const checkpointer = startCheckpointer(resolve(path), (message) => process.emitWarning(`SQLite background checkpoint failed: ${message}`));
  const readers =
    readWorkers > 0 && wal
      ? startSqliteReadWorkers(resolve(path), readWorkers, {
          fallback: db,
          onError: (message) => process.emitWarning(`SQLite read worker failed: ${message}`),
        })
      : null;
  return {
    db,
    reportsDb: readers?.db ?? db,
    engine: 'sqlite',
    close: async () => {
      await readers?.close();
      await checkpointer.stop();
      await db.destroy();
    },
  };
}

/**
 * Kysely prepares every query anew; preparing costs as much as running a small indexed query, so
 * statements are kept by their SQL text (bounded: the set of distinct query shapes is small).
 */
function withStatementCache(sqlite: BetterSqlite3.Database) {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (sql: string) => {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= 1_000) {
          statements.clear();
        }
        statement = sqlite.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

function connectPostgres(url: string, options: ConnectOptions): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 5_000,
    ...(options.schema ? { options: `-c search_path=${quoteIdentifier(options.schema)}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, reportsDb: db, engine: 'postgres', close: () => db.destroy() };
}

function quoteIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) {
    throw new Error(`Unsafe schema name: ${name}`);
  }
  return name;
}
