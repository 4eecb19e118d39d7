import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Database } from '../db/database';
import { normaliseRecoveryCode, recoveryCodeHash } from './recovery-codes';

export interface StoredSecondFactor {
  readonly secretEncrypted: string;
  readonly confirmedAt: string | null;
  readonly lastUsedStep: number | null;
}

export async function findSecondFactor(db: Kysely<Database>, userId: string): Promise<StoredSecondFactor | null> {
  const row = await db.selectFrom('second_factors').selectAll().where('user_id', '=', userId).executeTakeFirst();
  if (!row) {
    return null;
  }
  return {
    secretEncrypted: row.secret_encrypted,
    confirmedAt: row.confirmed_at,
    // pg answers bigint as a string.
    lastUsedStep: row.last_used_step === null ? null : Number(row.last_used_step),
  };
}

export async function hasConfirmedSecondFactor(db: Kysely<Database>, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('second_factors')
    .select('user_id')
    .where('user_id', '=', userId)
    .where('confirmed_at', 'is not', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** Starts (or restarts) an enrolment: an unconfirmed secret replaces any earlier unconfirmed one. */
export async function saveUnconfirmedSecret(db: Kysely<Database>, userId: string, secretEncrypted: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('second_factors').where('user_id', '=', userId).where('confirmed_at', 'is', null).execute();
    await trx
      .insertInto('second_factors')
      .values({ user_id: userId, secret_encrypted: secretEncrypted, created_at: now.toISOString(), confirmed_at: null, last_used_step: null })
      .execute();
  });
}

/**
 * Records `step` as used, only if it is later than the last used one. Answers false when another
 * request already used this step or a later one: the single conditional update makes concurrent
 * replays of one code lose on both engines.
 */
export async function claimTimeStep(db: Kysely<Database>, userId: string, step: number, confirmedAt?: Date): Promise<boolean> {
  const result = await db
    .updateTable('second_factors')
    .set({ last_used_step: step, ...(confirmedAt ? { confirmed_at: confirmedAt.toISOString() } : {}) })
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('last_used_step', 'is', null), eb('last_used_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Replaces every recovery code of the user with the given ones (stored as keyed hashes). */
export async function replaceRecoveryCodes(db: Kysely<Database>, key: Buffer, userId: string, codes: readonly string[], now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
    await trx
      .insertInto('recovery_codes')
      .values(
        codes.map((code) => ({
          id: uuidv7(),
          user_id: userId,
          code_hash: recoveryCodeHash(key, normaliseRecoveryCode(code)),
          created_at: now.toISOString(),
          used_at: null,
        })),
      )
      .execute();
  });
}

/** Marks an unused code as used; false if it is unknown or already used (one conditional update). */
export async function useRecoveryCode(db: Kysely<Database>, key: Buffer, userId: string, normalised: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('recovery_codes')
    .set({ used_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('code_hash', '=', recoveryCodeHash(key, normalised))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countUnusedRecoveryCodes(db: Kysely<Database>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll().as('count'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** An administrator's reset: the authenticator and every recovery code go; the user enrols again. */
export async function removeSecondFactor(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await db.deleteFrom('second_factors').where('user_id', '=', userId).execute();
}
