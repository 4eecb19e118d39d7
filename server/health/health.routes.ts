import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';

/** For load balancers and the start script: answers once the database is reachable. */
export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get('/', async () => {
    await sql`select 1`.execute(app.db);
    return { status: 'ok', engine: app.engine };
  });
}
