import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the background thread copies committed pages from the WAL into the database file. */
const CHECKPOINT_INTERVAL_MS = 500;

/**
 * Pages the serving connection lets pile up before it checkpoints by itself: a backstop for a
 * stalled background thread, far above what the thread leaves between two of its passes.
 */
export const SERVING_CONNECTION_AUTOCHECKPOINT_PAGES = 20_000;

// Runs in its own thread with its own connection (a connection is never shared across threads).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort.postMessage(String(error && error.message));
  }
}, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  /** Stops the thread after its current pass and closes its connection. */
  stop(): Promise<void>;
}

/**
 * Moves SQLite's WAL checkpoints off the event loop. By default the connection that commits
 * checkpoints every 1,000 pages, inside that commit: with audited reads that is every few hundred
 * requests, each time for several milliseconds (fsync included), and every request queued behind
 * it waits. A PASSIVE checkpoint from another thread never blocks readers or writers.
 */
export function startCheckpointer(file: string, onError: (message: string) => void): Checkpointer {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file, driver: createRequire(import.meta.url).resolve('better-sqlite3'), intervalMs: CHECKPOINT_INTERVAL_MS },
  });
  worker.on('message', (message: string) => onError(message));
  worker.on('error', (error) => onError(error.message));
  // Never the reason a process (a CLI, a spec run) stays alive.
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    stop: () => {
      // Held until the thread has closed its connection, so a closing process waits for it.
      worker.ref();
      worker.postMessage('stop');
      return exited;
    },
  };
}
