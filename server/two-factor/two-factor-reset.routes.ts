import type { FastifyInstance } from 'fastify';
import { idParamsSchema } from '@domain/common/uuid';
import { HttpProblem } from '../http/http-problem';
import { removeSecondFactor } from './two-factor.repository';

/**
 * An administrator's reset of a user's lost authenticator: the factor and its recovery codes go,
 * the user's sessions end, and their next sign-in leads to enrolment when the policy requires it.
 */
export async function twoFactorResetRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app;

  app.post<{ Params: { id: string } }>(
    '/:id/two-factor-reset',
    { schema: { params: idParamsSchema }, preHandler: app.requireRole('admin') },
    async (request, reply) => {
      const { id } = request.params;
      await db.transaction().execute(async (trx) => {
        const user = await trx.selectFrom('users').select('id').where('id', '=', id).executeTakeFirst();
        if (!user) {
          throw HttpProblem.notFound();
        }
        await removeSecondFactor(trx, id);
        await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
        await request.audit({ action: 'two-factor-reset', recordType: 'user', recordId: id, outcome: 'success' }, trx);
      });
      return reply.code(204).send();
    },
  );
}
