import type { FastifyInstance } from 'fastify';
import { sessionInfoSchema, sessionProbeSchema } from '@domain/accounts/session-info';
import type { Kysely } from 'kysely';
import { changePasswordRequestSchema, type ChangePasswordRequest } from '@domain/accounts/password-policy';
import { signInRequestSchema, type SignInRequest } from '@domain/accounts/sign-in-request';
import { actorOf, auditOf } from '../access/actor';
import { verifyDecoy, verifyPassword } from '../accounts/password-hashing';
import { screenNewPassword } from '../accounts/password-screening';
import { findActiveAccountByEmail } from '../accounts/accounts.repository';
import { sessionInfoOf } from './sign-in-session-info';
import { createSignInSession, deleteSignInSession } from './sign-in-session-store';
import { changeOwnPassword } from './sign-in-sessions.writes';
import { reserveSignInAttempt, settleSignInAttempt } from './sign-in-throttle';
import type { Database, PendingStep, UserRow } from '../db/database';
import { HttpProblem } from '../http/http-problem';
import { noContent } from '../http/responses';

/** One answer for a wrong password, an unknown email and a deactivated account alike. */
const SIGN_IN_FAILED = new HttpProblem(401, 'Sign-in failed', 'Email or password is incorrect.');

export interface SignInSessionsRoutesOptions {
  /**
   * What a user owes after a correct password (a code, enrolment or nothing). The two-factor slice
   * answers it and app.ts wires it in, so this slice does not import the one that builds on it.
   */
  readonly secondStepAfterPassword: (db: Kysely<Database>, user: UserRow) => Promise<PendingStep | null>;
}

export async function signInSessionsRoutes(app: FastifyInstance, options: SignInSessionsRoutesOptions): Promise<void> {
  const { secondStepAfterPassword } = options;
  const { db, config } = app;

  app.post<{ Body: SignInRequest }>('/sign-in', { schema: { body: signInRequestSchema, response: { 200: sessionInfoSchema } } }, async (request, reply) => {
    const { email, password } = request.body;
    const now = config.now();
    const user = await findActiveAccountByEmail(db, email);
    const subject = { email, ip: request.ip };

    // The failure slot is taken before the hash is checked, so parallel guesses cannot outrun the count.
    const reservation = await reserveSignInAttempt(db, subject, now, config.signInThrottle);
    if (!reservation.allowed) {
      await request.audit({ userId: user?.id ?? null, action: 'sign-in-throttled', outcome: 'denied' });
      throw new HttpProblem(
        429,
        'Too many sign-in attempts',
        // The wait itself travels in Retry-After; the SPA words it.
        'Too many failed sign-ins. Sign-in is paused for this account or address.',
        undefined,
        { 'retry-after': String(reservation.retryAfterSeconds) },
      );
    }

    const valid = user ? await verifyPassword(user.password_hash, password) : await verifyDecoy(password);
    if (!user || !valid) {
      await settleSignInAttempt(db, reservation.attempt, 'failure', now, config.signInThrottle);
      await request.audit({ userId: user?.id ?? null, action: 'sign-in-failed', outcome: 'failure' });
      throw SIGN_IN_FAILED;
    }

    // A correct password alone may only lead on to the second step when one is owed. Failures are
    // cleared only once fully signed in: re-entering a known password must not reset the count of
    // wrong codes (the code step clears them after a right code).
    const pendingStep = await secondStepAfterPassword(db, user);
    await settleSignInAttempt(db, reservation.attempt, pendingStep === null ? 'success' : 'released', now, config.signInThrottle);
    const created = await createSignInSession(db, user.id, now, config.session, pendingStep);
    app.setSessionCookies(reply, created.token, created.csrfToken);
    const action = pendingStep === null ? 'sign-in' : 'sign-in-password-accepted';
    await request.audit({ userId: user.id, action, recordType: 'user', recordId: user.id, outcome: 'success' });
    return sessionInfoOf(user, created.absoluteExpiresAt, config, pendingStep);
  });

  app.get(
    '/me',
    { schema: { response: { 200: sessionInfoSchema } }, preHandler: app.requireRole(), config: { allowDuringPasswordChange: true } },
    async (request) => {
      const auth = request.auth!;
      return sessionInfoOf(auth.user, auth.absoluteExpiresAt, config);
    },
  );

  // The SPA's start-up probe: 200 either way, so a signed-out visitor's page logs no failed request.
  app.get('/session', { schema: { response: { 200: sessionProbeSchema } }, config: { allowDuringPasswordChange: true } }, async (request) => {
    const auth = request.auth;
    return { session: auth ? sessionInfoOf(auth.user, auth.absoluteExpiresAt, config, auth.pendingStep) : null };
  });

  app.post('/sign-out', { schema: { response: { 204: noContent } }, config: { allowDuringPasswordChange: true } }, async (request, reply) => {
    if (request.auth) {
      await deleteSignInSession(db, request.auth.id);
      await request.audit({ action: 'sign-out', recordType: 'user', recordId: request.auth.user.id, outcome: 'success' });
    }
    app.clearSessionCookie(reply);
    return reply.code(204).send();
  });

  app.post<{ Body: ChangePasswordRequest }>(
    '/change-password',
    {
      schema: { body: changePasswordRequestSchema, response: { 200: sessionInfoSchema } },
      preHandler: app.requireRole(),
      config: { allowDuringPasswordChange: true },
    },
    async (request) => {
      const auth = request.auth!;
      if (!(await verifyPassword(auth.user.password_hash, request.body.currentPassword))) {
        await request.audit({ action: 'password-change', recordType: 'user', recordId: auth.user.id, outcome: 'failure' });
        throw HttpProblem.badRequest([{ field: 'currentPassword', message: 'Current password is incorrect.' }]);
      }
      const weakness = screenNewPassword(request.body.newPassword, { email: auth.user.email, name: auth.user.name });
      if (weakness) {
        throw HttpProblem.badRequest([{ field: 'newPassword', message: weakness }]);
      }
      const updated = await changeOwnPassword(db, actorOf(request), auditOf(request), auth.id, request.body.newPassword);
      return sessionInfoOf(updated, auth.absoluteExpiresAt, config);
    },
  );
}
