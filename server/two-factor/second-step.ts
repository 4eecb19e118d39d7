import type { Kysely } from 'kysely';
import { twoFactorRequiredFor } from '@domain/accounts/two-factor';
import type { Database, PendingStep, UserRow } from '../db/database';
import { hasConfirmedSecondFactor } from './two-factor.repository';
import { loadTwoFactorPolicy } from './two-factor-policy.repository';

/**
 * What a user owes after a correct password: a code when they have an authenticator (whatever the
 * policy, and also after an administrator's password reset), enrolment when the clinic requires it
 * of their role and they have none, otherwise nothing.
 */
export async function secondStepAfterPassword(db: Kysely<Database>, user: UserRow): Promise<PendingStep | null> {
  if (await hasConfirmedSecondFactor(db, user.id)) {
    return 'second-factor';
  }
  return twoFactorRequiredFor(await loadTwoFactorPolicy(db), user.role) ? 'enrolment' : null;
}
