import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The one message a server child sends its parent, once it listens. */
export interface ListeningMessage {
  readonly type: 'listening';
  readonly port: number;
}

/** A server running in its own Node process (so load generation and serving do not share a loop). */
export interface ChildServer {
  readonly name: string;
  /** `http://127.0.0.1:<port>` */
  readonly baseUrl: string;
  /** The process id, for reading its memory from /proc. */
  readonly pid: number;
  /** SIGTERM, then SIGKILL after a grace period; resolves once the process has gone. Idempotent. */
  stop(): Promise<void>;
}

/**
 * Runs `script` (a TypeScript file, relative to the repository root) with tsx and waits for it to
 * report its port over IPC. The child also stops itself if this process dies (IPC disconnect).
 */
export function startChildServer(
  name: string,
  script: string,
  env: Record<string, string> = {},
  readyTimeoutMs = 60_000,
): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(REPO_ROOT, script)], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const stop = () => stopChild(child);

  return new Promise<ChildServer>((resolvePromise, reject) => {
    const fail = (reason: string) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      void stop().finally(() => reject(new Error(`${name} server did not start: ${reason}`)));
    };
    const onMessage = (message: unknown) => {
      if (isListening(message)) {
        clearTimeout(timer);
        child.off('exit', onExit);
        resolvePromise({ name, baseUrl: `http://127.0.0.1:${message.port}`, pid: child.pid ?? 0, stop });
      }
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
      fail(`it exited (${signal ?? `code ${String(code)}`}) before listening`);
    const timer = setTimeout(() => fail(`no answer within ${readyTimeoutMs / 1000} s`), readyTimeoutMs);
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.once('error', (error) => fail(error.message));
  });
}

function isListening(message: unknown): message is ListeningMessage {
  const candidate = message as Partial<ListeningMessage> | null;
  return candidate?.type === 'listening' && typeof candidate.port === 'number';
}

async function stopChild(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = new Promise<void>((resolvePromise) => child.once('exit', () => resolvePromise()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
