import type { FastifyInstance } from 'fastify';
import { idParamsSchema } from '@domain/common/uuid';
import { actorOf, auditOf } from '../access/actor';
import { noContent } from '../http/responses';
import { resetSecondFactor } from './two-factor.writes';

/**
 * An administrator's reset of a user's lost authenticator: the factor and its recovery codes go,
 * the user's sessions end, and their next sign-in leads to enrolment when the policy requires it.
 */
export async function twoFactorResetRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app;

  app.post<{ Params: { id: string } }>(
    '/:id/two-factor-reset',
    { schema: { params: idParamsSchema, response: { 204: noContent } }, preHandler: app.requireRole('admin') },
    async (request, reply) => {
      await resetSecondFactor(db, actorOf(request), auditOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
