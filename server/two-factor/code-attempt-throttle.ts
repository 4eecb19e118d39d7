import type { FastifyRequest } from 'fastify';
import type { UserRow } from '../db/database';
import { HttpProblem } from '../http/http-problem';
import { reserveSignInAttempt, settleSignInAttempt } from '../sign-in-sessions/sign-in-throttle';

/**
 * The only place two-factor code checks touch the sign-in throttle: a wrong code counts as a failed
 * sign-in of the account and the address, so codes cannot be guessed faster than passwords.
 * `check` answers whether the code was right; it runs only when the subject is not paused.
 */
export async function throttledCodeAttempt(request: FastifyRequest, user: UserRow, check: () => Promise<boolean>): Promise<boolean> {
  const { db, config } = request.server;
  const subject = { email: user.email, ip: request.ip };
  const now = config.now();
  // The slot is reserved before the code is checked, as for passwords: parallel guesses never
  // check more codes than the limit.
  const reservation = await reserveSignInAttempt(db, subject, now, config.signInThrottle);
  if (!reservation.allowed) {
    await request.audit({ action: 'two-factor-throttled', recordType: 'user', recordId: user.id, outcome: 'denied' });
    throw new HttpProblem(
      429,
      'Too many attempts',
      'Too many wrong codes. Two-factor sign-in is paused for this account or address.',
      undefined,
      { 'retry-after': String(reservation.retryAfterSeconds) },
    );
  }
  const right = await check();
  await settleSignInAttempt(db, reservation.attempt, right ? 'success' : 'failure', now, config.signInThrottle);
  return right;
}
