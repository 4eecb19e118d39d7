import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { AppConfig } from '../config';
import type { Database } from '../db/database';
import { sha256 } from './session-tokens';

type ThrottleRules = AppConfig['signInThrottle'];

export interface ThrottleSubject {
  readonly email: string;
  readonly ip: string;
}

/**
 * Failures are counted in the database, per account and per address, so that every API instance
 * sees the same count. Answers how many seconds the subject must wait, or 0.
 */
export async function secondsUntilSignInAllowed(
  db: Kysely<Database>,
  subject: ThrottleSubject,
  now: Date,
  rules: ThrottleRules,
): Promise<number> {
  const windowStart = new Date(now.getTime() - rules.windowSeconds * 1000).toISOString();
  const waits = await Promise.all(
    [
      db.selectFrom('sign_in_failures').select('failed_at').where('account_key', '=', accountKey(subject.email)),
      db.selectFrom('sign_in_failures').select('failed_at').where('ip', '=', subject.ip),
    ].map(async (query) => {
      const failures = await query.where('failed_at', '>', windowStart).orderBy('failed_at', 'desc').limit(rules.maxFailures).execute();
      if (failures.length < rules.maxFailures) {
        return 0;
      }
      // Allowed again once the oldest of the latest `maxFailures` failures leaves the window.
      const oldest = Date.parse(failures[failures.length - 1].failed_at);
      return Math.max(1, Math.ceil((oldest + rules.windowSeconds * 1000 - now.getTime()) / 1000));
    }),
  );
  return Math.max(...waits);
}

export async function recordSignInFailure(
  db: Kysely<Database>,
  subject: ThrottleSubject,
  now: Date,
  rules: ThrottleRules,
): Promise<void> {
  const windowStart = new Date(now.getTime() - rules.windowSeconds * 1000).toISOString();
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sign_in_failures').where('failed_at', '<=', windowStart).execute();
    await trx
      .insertInto('sign_in_failures')
      .values({ id: uuidv7(), account_key: accountKey(subject.email), ip: subject.ip, failed_at: now.toISOString() })
      .execute();
  });
}

export async function clearAccountFailures(db: Kysely<Database>, email: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('account_key', '=', accountKey(email)).execute();
}

function accountKey(email: string): string {
  return sha256(email.trim().toLowerCase());
}
