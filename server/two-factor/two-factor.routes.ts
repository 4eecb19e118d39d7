import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sessionInfoSchema, type SessionInfo } from '@domain/accounts/session-info';
import {
  enrolmentConfirmedSchema,
  recoveryCodesSchema,
  secondFactorRequestSchema,
  totpCodeRequestSchema,
  twoFactorEnrolmentSchema,
  twoFactorStatusSchema,
  type EnrolmentConfirmed,
  type RecoveryCodes,
  type SecondFactorRequest,
  type TotpCodeRequest,
  type TwoFactorEnrolment,
  type TwoFactorStatus,
  twoFactorRequiredFor,
} from '@domain/accounts/two-factor';
import { sessionInfoOf } from '../sign-in-sessions/sign-in-session-info';
import { createSignInSession, deleteSignInSession, type SignInSession } from '../sign-in-sessions/sign-in-session-store';
import { HttpProblem } from '../http/http-problem';
import { throttledCodeAttempt } from './code-attempt-throttle';
import { decryptSecret, encryptSecret } from './secret-box';
import {
  claimTimeStep,
  countUnusedRecoveryCodes,
  findSecondFactor,
  replaceRecoveryCodes,
  saveUnconfirmedSecret,
  useRecoveryCode,
  type StoredSecondFactor,
} from './two-factor.repository';
import { newRecoveryCodes } from './recovery-codes';
import { keyTextOf, matchingTimeStep, newTotpSecret, otpauthUriOf } from './totp';
import { loadTwoFactorPolicy } from './two-factor-policy.repository';

const WRONG_CODE = HttpProblem.badRequest([{ field: 'code', message: 'That code is not right, or it was already used.' }]);
const WRONG_RECOVERY_CODE = HttpProblem.badRequest([
  { field: 'recoveryCode', message: 'That recovery code is not right, or it was already used.' },
]);

/** Enrolment, the sign-in code step, recovery codes and status: the signed-in user's own factor. */
export async function twoFactorRoutes(app: FastifyInstance): Promise<void> {
  const { db, config, twoFactorKey } = app;
  const signedIn = app.requireRole();
  const duringSecondStep = { allowWhileSecondStepPending: true, allowDuringPasswordChange: true };

  /** Accepts a TOTP code once: a matching step not used before, claimed atomically. */
  async function acceptTotp(userId: string, factor: StoredSecondFactor, code: string, confirming: boolean): Promise<boolean> {
    const now = config.now();
    const secret = decryptSecret(twoFactorKey, factor.secretEncrypted, userId);
    const step = await matchingTimeStep(secret, code, now, factor.lastUsedStep);
    return step !== null && (await claimTimeStep(db, userId, step, confirming ? now : undefined));
  }

  /** A signed-in session replaces the pending one: a new token, so the pre-code cookie is worthless. */
  async function completeSignIn(request: FastifyRequest, reply: FastifyReply): Promise<SessionInfo> {
    const auth = request.auth!;
    await deleteSignInSession(db, auth.id);
    const created = await createSignInSession(db, auth.user.id, config.now(), config.session);
    app.setSessionCookies(reply, created.token, created.csrfToken);
    await request.audit({ action: 'sign-in', recordType: 'user', recordId: auth.user.id, outcome: 'success' });
    return sessionInfoOf(auth.user, created.absoluteExpiresAt, config);
  }

  function refuseWhileCodeOwed(auth: SignInSession): void {
    if (auth.pendingStep === 'second-factor') {
      throw HttpProblem.forbidden('Enter your authenticator code to continue.');
    }
  }

  app.get('/', { schema: { response: { 200: twoFactorStatusSchema } }, preHandler: signedIn, config: duringSecondStep }, async (request): Promise<TwoFactorStatus> => {
    const user = request.auth!.user;
    const factor = await findSecondFactor(db, user.id);
    const confirmedAt = factor?.confirmedAt ?? null;
    return {
      enrolled: confirmedAt !== null,
      confirmedAt,
      recoveryCodesLeft: confirmedAt === null ? 0 : await countUnusedRecoveryCodes(db, user.id),
      required: twoFactorRequiredFor(await loadTwoFactorPolicy(db), user.role),
    };
  });

  app.post('/enrolment', { schema: { response: { 200: twoFactorEnrolmentSchema } }, preHandler: signedIn, config: duringSecondStep }, async (request): Promise<TwoFactorEnrolment> => {
    const auth = request.auth!;
    refuseWhileCodeOwed(auth);
    if ((await findSecondFactor(db, auth.user.id))?.confirmedAt) {
      throw HttpProblem.conflict('Two-factor sign-in is already set up. Regenerate recovery codes or ask an administrator to reset it.');
    }
    const secret = newTotpSecret();
    await saveUnconfirmedSecret(db, auth.user.id, encryptSecret(twoFactorKey, secret, auth.user.id), config.now());
    await request.audit({ action: 'two-factor-enrolment-started', recordType: 'user', recordId: auth.user.id, outcome: 'success' });
    return { otpauthUri: otpauthUriOf(secret, config.clinicName, auth.user.email), keyText: keyTextOf(secret) };
  });

  app.post<{ Body: TotpCodeRequest }>(
    '/enrolment/confirm',
    { schema: { body: totpCodeRequestSchema, response: { 200: enrolmentConfirmedSchema } }, preHandler: signedIn, config: duringSecondStep },
    async (request, reply): Promise<EnrolmentConfirmed> => {
      const auth = request.auth!;
      refuseWhileCodeOwed(auth);
      const factor = await findSecondFactor(db, auth.user.id);
      if (!factor || factor.confirmedAt) {
        throw HttpProblem.conflict('Start setting up two-factor sign-in first.');
      }
      const accepted = await throttledCodeAttempt(request, auth.user, () => acceptTotp(auth.user.id, factor, request.body.code, true));
      if (!accepted) {
        await request.audit({ action: 'two-factor-enrolment', recordType: 'user', recordId: auth.user.id, outcome: 'failure' });
        throw WRONG_CODE;
      }
      const recoveryCodes = newRecoveryCodes();
      await replaceRecoveryCodes(db, twoFactorKey, auth.user.id, recoveryCodes, config.now());
      await request.audit({ action: 'two-factor-enrolment', recordType: 'user', recordId: auth.user.id, outcome: 'success' });
      const sessionInfo =
        auth.pendingStep === 'enrolment'
          ? await completeSignIn(request, reply)
          : sessionInfoOf(auth.user, auth.absoluteExpiresAt, config, auth.pendingStep);
      return { recoveryCodes, sessionInfo };
    },
  );

  app.post<{ Body: SecondFactorRequest }>(
    '/verify',
    { schema: { body: secondFactorRequestSchema, response: { 200: sessionInfoSchema } }, preHandler: signedIn, config: duringSecondStep },
    async (request, reply): Promise<SessionInfo> => {
      const auth = request.auth!;
      if (auth.pendingStep !== 'second-factor') {
        throw HttpProblem.conflict('No authenticator code is owed for this session.');
      }
      const factor = await findSecondFactor(db, auth.user.id);
      if (!factor?.confirmedAt) {
        throw HttpProblem.conflict('Two-factor sign-in is not set up for this account.');
      }
      const body = request.body;
      const usingRecoveryCode = 'recoveryCode' in body;
      const accepted = await throttledCodeAttempt(request, auth.user, () =>
        usingRecoveryCode
          ? useRecoveryCode(db, twoFactorKey, auth.user.id, body.recoveryCode, config.now())
          : acceptTotp(auth.user.id, factor, body.code, false),
      );
      const action = usingRecoveryCode ? 'recovery-code-sign-in' : 'two-factor-sign-in';
      if (!accepted) {
        await request.audit({ action, recordType: 'user', recordId: auth.user.id, outcome: 'failure' });
        throw usingRecoveryCode ? WRONG_RECOVERY_CODE : WRONG_CODE;
      }
      await request.audit({ action, recordType: 'user', recordId: auth.user.id, outcome: 'success' });
      return completeSignIn(request, reply);
    },
  );

  app.post<{ Body: TotpCodeRequest }>(
    '/recovery-codes',
    { schema: { body: totpCodeRequestSchema, response: { 200: recoveryCodesSchema } }, preHandler: signedIn },
    async (request): Promise<RecoveryCodes> => {
      const user = request.auth!.user;
      const factor = await findSecondFactor(db, user.id);
      if (!factor?.confirmedAt) {
        throw HttpProblem.conflict('Two-factor sign-in is not set up for this account.');
      }
      if (!(await throttledCodeAttempt(request, user, () => acceptTotp(user.id, factor, request.body.code, false)))) {
        await request.audit({ action: 'recovery-codes-regenerated', recordType: 'user', recordId: user.id, outcome: 'failure' });
        throw WRONG_CODE;
      }
      const recoveryCodes = newRecoveryCodes();
      await replaceRecoveryCodes(db, twoFactorKey, user.id, recoveryCodes, config.now());
      await request.audit({ action: 'recovery-codes-regenerated', recordType: 'user', recordId: user.id, outcome: 'success' });
      return { recoveryCodes };
    },
  );
}
