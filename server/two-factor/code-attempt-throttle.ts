import type { FastifyRequest } from 'fastify';
import type { UserRow } from '../db/database';
import { HttpProblem } from '../http/http-problem';
import { clearAccountFailures, recordSignInFailure, secondsUntilSignInAllowed } from '../auth/sign-in-throttle';

/**
 * The only place two-factor code checks touch the sign-in throttle: a wrong code counts as a failed
 * sign-in of the account and the address, so codes cannot be guessed faster than passwords.
 * `check` answers whether the code was right; it runs only when the subject is not paused.
 */
export async function throttledCodeAttempt(request: FastifyRequest, user: UserRow, check: () => Promise<boolean>): Promise<boolean> {
  const { db, config } = request.server;
  const subject = { email: user.email, ip: request.ip };
  const now = config.now();
  const waitSeconds = await secondsUntilSignInAllowed(db, subject, now, config.signInThrottle);
  if (waitSeconds > 0) {
    await request.audit({ action: 'two-factor-throttled', recordType: 'user', recordId: user.id, outcome: 'denied' });
    throw new HttpProblem(
      429,
      'Too many attempts',
      'Too many wrong codes. Two-factor sign-in is paused for this account or address.',
      undefined,
      { 'retry-after': String(waitSeconds) },
    );
  }
  if (await check()) {
    await clearAccountFailures(db, user.email);
    return true;
  }
  await recordSignInFailure(db, subject, now, config.signInThrottle);
  return false;
}
