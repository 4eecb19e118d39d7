import type { FastifyInstance } from 'fastify';
import { twoFactorPolicyRequestSchema, twoFactorPolicySchema, type TwoFactorPolicy, type TwoFactorPolicyRequest } from '@domain/accounts/two-factor';
import { HttpProblem } from '../http/http-problem';
import { loadTwoFactorPolicy, saveTwoFactorPolicy } from './two-factor-policy.repository';

/** The clinic's two-factor requirement: administrators only. Applies from each user's next sign-in. */
export async function twoFactorPolicyRoutes(app: FastifyInstance): Promise<void> {
  const { db, config } = app;
  const adminOnly = app.requireRole('admin');

  app.get('/', { schema: { response: { 200: twoFactorPolicySchema } }, preHandler: adminOnly }, async (): Promise<TwoFactorPolicy> => loadTwoFactorPolicy(db));

  app.put<{ Body: TwoFactorPolicyRequest }>(
    '/',
    { schema: { body: twoFactorPolicyRequestSchema, response: { 200: twoFactorPolicySchema } }, preHandler: adminOnly },
    async (request): Promise<TwoFactorPolicy> => {
      const saved = await saveTwoFactorPolicy(db, request.body, request.auth!.user.id, config.now());
      if (!saved) {
        throw HttpProblem.staleVersion(await loadTwoFactorPolicy(db));
      }
      await request.audit({ action: 'two-factor-policy-update', recordType: 'two-factor-policy', recordId: 'clinic', outcome: 'success', fields: ['requiredFor', 'roles'] });
      return saved;
    },
  );
}
