import type { FastifyInstance } from 'fastify';
import type { ListeningMessage } from './child-process';

/**
 * The child side of bench/child-process.ts: listens on loopback (any free port), tells the parent
 * which port, and closes on SIGTERM/SIGINT or when the parent goes away.
 */
export async function serveUntilStopped(app: FastifyInstance, cleanUp: () => Promise<void> = async () => {}): Promise<void> {
  if (!process.send) {
    throw new Error('This server is started by bench/run-bench.ts (`npm run bench`), not directly.');
  }
  let stopping = false;
  const stop = () => {
    if (stopping) {
      return;
    }
    stopping = true;
    setTimeout(() => process.exit(1), 5_000).unref();
    app
      .close()
      .then(cleanUp)
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  process.once('disconnect', stop);

  await app.listen({ host: '127.0.0.1', port: 0 });
  const message: ListeningMessage = { type: 'listening', port: (app.server.address() as { port: number }).port };
  process.send(message);
}
