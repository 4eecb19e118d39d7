import type { FastifyInstance } from 'fastify';
import * as z from '@domain/validation/z';
import { pingDatabase } from './health.repository';

const healthSchema = z.object({ status: z.literal('ok'), engine: z.enum(['sqlite', 'postgres']) });

/** For load balancers and the start script: answers once the database is reachable. */
export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get('/', { schema: { response: { 200: healthSchema } } }, async () => {
    await pingDatabase(app.db);
    return { status: 'ok', engine: app.engine };
  });
}
