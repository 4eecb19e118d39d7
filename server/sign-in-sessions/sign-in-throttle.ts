import type { Kysely } from 'kysely';
import type { AppConfig } from '../config';
import type { Database } from '../db/database';
import { sha256 } from './session-tokens';

type ThrottleRules = AppConfig['signInThrottle'];

export interface ThrottleSubject {
  /** The account being tried (an email, or any stable account identifier of a later step). */
  readonly email: string;
  readonly ip: string;
}

/** A failure slot held for one attempt, per account and per address; settle it once the secret is checked. */
export interface ReservedSignInAttempt {
  readonly accountKey: string;
  readonly addressKey: string;
}

export type SignInReservation =
  | { readonly allowed: true; readonly attempt: ReservedSignInAttempt }
  | { readonly allowed: false; readonly retryAfterSeconds: number };

/**
 * Reserves a failure slot for the account and for the address BEFORE the secret is verified, so
 * that N concurrent attempts never verify more than the limit: each reservation is one atomic
 * upsert on a counter row (SQLite and PostgreSQL alike, and across API instances, since the
 * counters live in the database). Both slots are taken in one transaction, so a refusal of either
 * leaves the other untouched. A counter whose window has passed starts over.
 */
export async function reserveSignInAttempt(
  db: Kysely<Database>,
  subject: ThrottleSubject,
  now: Date,
  rules: ThrottleRules,
): Promise<SignInReservation> {
  const attempt = { accountKey: `account:${sha256(subject.email.trim().toLowerCase())}`, addressKey: `address:${subject.ip}` };
  const windowStart = new Date(now.getTime() - rules.windowSeconds * 1000).toISOString();
  const limits = [
    [attempt.accountKey, rules.maxFailures],
    [attempt.addressKey, rules.maxFailuresPerAddress],
  ] as const;
  try {
    await db.transaction().execute(async (trx) => {
      for (const [key, limit] of limits) {
        if (!(await takeSlot(trx, key, limit, now.toISOString(), windowStart))) {
          // Throwing rolls back the slot already taken for the other key.
          throw new LimitReached(key);
        }
      }
    });
  } catch (error) {
    if (error instanceof LimitReached) {
      return { allowed: false, retryAfterSeconds: await secondsUntilWindowEnds(db, error.key, now, rules) };
    }
    throw error;
  }
  return { allowed: true, attempt };
}

class LimitReached extends Error {
  constructor(readonly key: string) {
    super('sign-in limit reached');
  }
}

/**
 * A successful attempt gives its slots back (and clears the account's count, as a correct
 * password proves the earlier failures were the owner's typos); a failed one keeps them counted.
 * `released` gives back only this attempt's slots and keeps earlier failures counted: a right
 * password with a second factor still owed proves nothing about the wrong codes before it.
 */
export async function settleSignInAttempt(
  db: Kysely<Database>,
  attempt: ReservedSignInAttempt,
  outcome: 'success' | 'released' | 'failure',
  now: Date,
  rules: ThrottleRules,
): Promise<void> {
  if (outcome === 'failure') {
    // Counters of windows long gone are dead weight; a failure is a fine moment to sweep them.
    const expired = new Date(now.getTime() - 2 * rules.windowSeconds * 1000).toISOString();
    await db.deleteFrom('sign_in_attempt_counters').where('window_started_at', '<=', expired).execute();
    return;
  }
  await db.transaction().execute(async (trx) => {
    const givenBack = outcome === 'success' ? [attempt.addressKey] : [attempt.accountKey, attempt.addressKey];
    if (outcome === 'success') {
      await trx.deleteFrom('sign_in_attempt_counters').where('counter_key', '=', attempt.accountKey).execute();
    }
    await trx
      .updateTable('sign_in_attempt_counters')
      .set((eb) => ({ failures: eb('failures', '-', 1) }))
      .where('counter_key', 'in', givenBack)
      .where('failures', '>', 0)
      .execute();
  });
}

/** One statement: start a fresh window, or count one more inside the window if below the limit. */
async function takeSlot(trx: Kysely<Database>, key: string, limit: number, now: string, windowStart: string): Promise<boolean> {
  const row = await trx
    .insertInto('sign_in_attempt_counters')
    .values({ counter_key: key, failures: 1, window_started_at: now })
    .onConflict((conflict) =>
      conflict
        .column('counter_key')
        .doUpdateSet((eb) => ({
          failures: eb
            .case()
            .when('sign_in_attempt_counters.window_started_at', '<=', windowStart)
            .then(1)
            .else(eb('sign_in_attempt_counters.failures', '+', 1))
            .end(),
          window_started_at: eb
            .case()
            .when('sign_in_attempt_counters.window_started_at', '<=', windowStart)
            .then(now)
            .else(eb.ref('sign_in_attempt_counters.window_started_at'))
            .end(),
        }))
        .where((eb) =>
          eb.or([eb('sign_in_attempt_counters.window_started_at', '<=', windowStart), eb('sign_in_attempt_counters.failures', '<', limit)]),
        ),
    )
    .returning('failures')
    .executeTakeFirst();
  return row !== undefined;
}

async function secondsUntilWindowEnds(db: Kysely<Database>, key: string, now: Date, rules: ThrottleRules): Promise<number> {
  const row = await db.selectFrom('sign_in_attempt_counters').select('window_started_at').where('counter_key', '=', key).executeTakeFirst();
  const endsAt = row ? Date.parse(row.window_started_at) + rules.windowSeconds * 1000 : now.getTime();
  return Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000));
}
