import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  Kysely,
  type QueryResult,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  SelectQueryNode,
} from 'kysely';
import type { Database } from './database';

/**
 * Read-only connections to the SQLite file in worker threads, for reports: the team dashboard runs
 * a dozen grouped queries over a team's year, about 75 ms of SQL. better-sqlite3 runs a query on
 * the thread that asks, so on the serving thread a dashboard held up every other request for that
 * long, and ten dashboards at once waited for each other one query at a time. Here a report's
 * queries run beside the serving thread and beside each other, one per worker.
 *
 * A worker sees what is committed when its query starts (WAL), never a request's uncommitted
 * writes: reports only, never a read that must see the same request's own write. Writes and
 * transactions are refused.
 */
export interface SqliteReadWorkers {
  readonly db: Kysely<Database>;
  close(): Promise<void>;
}

interface Pending {
  readonly query: CompiledQuery;
  resolve(rows: unknown[]): void;
  reject(error: Error): void;
}

type WorkerAnswer = { ready: true } | { id: number; rows: unknown[] } | { id: number; error: { message: string; code?: string } };

// One reader: its own read-only connection (a connection is never shared across threads), one
// compiled query at a time. Read-only twice over: the connection cannot write, and a statement that
// is not a read is refused before it runs. Errors go back as SQLite's message and code only.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
const statements = new Map();
parentPort.postMessage({ ready: true });
parentPort.on('message', ({ id, sql, parameters }) => {
  try {
    let statement = statements.get(sql);
    if (!statement) {
      if (statements.size >= 500) statements.clear();
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    if (!statement.reader) throw new Error('A read worker runs reads only.');
    parentPort.postMessage({ id, rows: statement.all(parameters) });
  } catch (error) {
    parentPort.postMessage({ id, error: { message: String(error && error.message), code: error && error.code } });
  }
});
`;
const DRIVER = createRequire(import.meta.url).resolve('better-sqlite3');

/** One thread and the queries it has been given, answered in order. */
class Reader {
  private readonly pending = new Map<number, Pending>();
  private readonly worker: Worker;
  /** Opened its connection: only a reader that once worked is replaced when it stops. */
  ready = false;
  exited = false;

  /**
   * `unrun`: the queries a reader was given but never ran, because it stopped before its connection
   * opened (a reader starts in the background, so a report can reach it before it fails to open
   * the file): the pool answers them elsewhere rather than failing the report.
   */
  constructor(path: string, onExit: (reader: Reader) => void, onError: (message: string) => void, private readonly unrun: (queries: Pending[]) => void) {
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file: path, driver: DRIVER } });
    // A reader with nothing to do must not keep the process alive.
    this.worker.unref();
    this.worker.on('message', (answer: WorkerAnswer) => this.settle(answer));
    this.worker.on('error', (error) => {
      // The thread is ending ('exit' follows): nothing more may be sent to it from now on.
      this.exited = true;
      onError(error.message);
      this.stopped(error);
    });
    this.worker.on('exit', () => {
      this.exited = true;
      this.stopped(new Error('A read worker stopped.'));
      onExit(this);
    });
  }

  get load(): number {
    return this.pending.size;
  }

  run(id: number, query: CompiledQuery): Promise<unknown[]> {
    if (this.exited) {
      return Promise.reject(new Error('A read worker stopped.'));
    }
    return new Promise((resolve, reject) => {
      this.pending.set(id, { query, resolve, reject });
      this.worker.ref();
      try {
        this.worker.postMessage({ id, sql: query.sql, parameters: query.parameters });
      } catch (error) {
        // A value that cannot cross to the thread: nothing was sent, so nothing may stay pending.
        this.settle({ id, error: { message: error instanceof Error ? error.message : String(error) } });
      }
    });
  }

  stop(): Promise<number> {
    return this.worker.terminate();
  }

  private settle(answer: WorkerAnswer): void {
    if ('ready' in answer) {
      this.ready = true;
      return;
    }
    const pending = this.pending.get(answer.id);
    this.pending.delete(answer.id);
    if (this.pending.size === 0) {
      this.worker.unref();
    }
    if (!pending) {
      return;
    }
    if ('error' in answer) {
      // Named as better-sqlite3 names its errors, so the logs withhold the message as they do for the
      // serving connection's (http/log-serializers.ts): SQLite's words may quote the SQL.
      pending.reject(Object.assign(new Error(answer.error.message), { name: 'SqliteError', code: answer.error.code }));
    } else {
      pending.resolve(answer.rows);
    }
  }

  private stopped(error: Error): void {
    const pending = [...this.pending.values()];
    this.pending.clear();
    if (!this.ready) {
      this.unrun(pending);
      return;
    }
    // A reader that worked may have been running them: a report fails rather than running twice
    // what may have crashed the thread.
    for (const query of pending) {
      query.reject(error);
    }
  }
}

export interface ReadWorkerOptions {
  /** Where queries run while no reader works (none could open the file): the serving connection. */
  readonly fallback: Kysely<Database>;
  /** A reader's failure, as a message without SQL or values (e.g. for process.emitWarning). */
  readonly onError: (message: string) => void;
}

/** Starts `count` readers of the SQLite file at `path` (which must exist and be in WAL mode). */
export function startSqliteReadWorkers(path: string, count: number, options: ReadWorkerOptions): SqliteReadWorkers {
  if (!Number.isInteger(count) || count < 1) {
    throw new Error('startSqliteReadWorkers needs at least one worker.');
  }
  let closing = false;
  let nextId = 0;
  const readers: Reader[] = [];
  // What a reader that never opened its connection was given goes to another reader or the fallback.
  const runElsewhere = (queries: Pending[]) => {
    for (const { query, resolve, reject } of queries) {
      run(query).then(resolve, reject);
    }
  };
  // A reader that stopped after working (it crashed) is replaced, so one failure does not end
  // reporting; one that never opened its connection is not, or a missing file would loop.
  const replace = (stopped: Reader) => {
    const index = readers.indexOf(stopped);
    if (!closing && index !== -1 && stopped.ready) {
      readers[index] = new Reader(path, replace, options.onError, runElsewhere);
    }
  };
  for (let i = 0; i < count; i++) {
    readers.push(new Reader(path, replace, options.onError, runElsewhere));
  }

  // The least busy reader takes the next query; a report's queries spread over all of them. With
  // no reader working, reports run where they ran before there were readers: on the serving connection.
  const run = async (query: CompiledQuery): Promise<unknown[]> => {
    if (closing) {
      throw new Error('The read workers are closed.');
    }
    const working = readers.filter((reader) => !reader.exited);
    if (working.length === 0) {
      // Reads only there too: the serving connection could write.
      if (!SelectQueryNode.is(query.query) && !/^\s*select\b/i.test(query.sql)) {
        throw new Error('A read worker runs reads only.');
      }
      return (await options.fallback.executeQuery(query)).rows;
    }
    const reader = working.reduce((least, candidate) => (candidate.load < least.load ? candidate : least));
    return reader.run(nextId++, query);
  };

  const connection: DatabaseConnection = {
    executeQuery: async <R>(query: CompiledQuery): Promise<QueryResult<R>> => ({ rows: (await run(query)) as R[] }),
    // eslint-disable-next-line require-yield
    streamQuery: async function* <R>(): AsyncIterableIterator<QueryResult<R>> {
      throw new Error('The read workers do not stream.');
    },
  };
  const refuseTransaction = async () => {
    throw new Error('The read workers run single reads, not transactions.');
  };
  const driver: Driver = {
    init: async () => {},
    acquireConnection: async () => connection,
    releaseConnection: async () => {},
    beginTransaction: refuseTransaction,
    commitTransaction: refuseTransaction,
    rollbackTransaction: refuseTransaction,
    destroy: async () => {},
  };
  const dialect: Dialect = {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => driver,
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  };

  return {
    db: new Kysely<Database>({ dialect }),
    close: async () => {
      closing = true;
      await Promise.all(readers.map((reader) => reader.stop()));
    },
  };
}
