import type { FastifyInstance } from 'fastify';
import { pingDatabase } from './health.repository';

/** For load balancers and the start script: answers once the database is reachable. */
export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get('/', async () => {
    await pingDatabase(app.db);
    return { status: 'ok', engine: app.engine };
  });
}
