import type { Kysely } from 'kysely';
import type { Database } from '../db/database';

/** Requests a link, and an address, may make per window (reads and submissions together). */
export const LINK_RATE_LIMITS = {
  perToken: 30,
  perAddress: 120,
  windowMs: 15 * 60 * 1000,
} as const;

export type LinkRateLimits = { readonly perToken: number; readonly perAddress: number; readonly windowMs: number };

/**
 * Counts one hit on a link for its token (by hash) and for the caller's address; false once either
 * has used up its window. The counters live in the database (`link_hit_counters`), so every API
 * instance on one database shares them; each count is one atomic upsert, as the sign-in counters
 * are. Both are counted in one transaction: a refusal by either leaves the other as it was, and
 * one busy address cannot hide behind many tokens.
 */
export async function countLinkHit(db: Kysely<Database>, tokenHash: string, address: string, now: Date, limits: LinkRateLimits): Promise<boolean> {
  const timestamp = now.toISOString();
  const windowStart = new Date(now.getTime() - limits.windowMs).toISOString();
  try {
    await db.transaction().execute(async (trx) => {
      for (const [key, limit] of [
        [`address:${address}`, limits.perAddress],
        [`token:${tokenHash}`, limits.perToken],
      ] as const) {
        if (!(await takeHit(trx, key, limit, timestamp, windowStart))) {
          throw new LimitReached();
        }
      }
    });
  } catch (error) {
    if (error instanceof LimitReached) {
      return false;
    }
    throw error;
  }
  return true;
}

class LimitReached extends Error {
  constructor() {
    super('link hit limit reached');
  }
}

/** One statement: start a fresh window, or count one more inside the window if below the limit. */
async function takeHit(trx: Kysely<Database>, key: string, limit: number, now: string, windowStart: string): Promise<boolean> {
  const row = await trx
    .insertInto('link_hit_counters')
    .values({ counter_key: key, hits: 1, window_started_at: now })
    .onConflict((conflict) =>
      conflict
        .column('counter_key')
        .doUpdateSet((eb) => ({
          hits: eb.case().when('link_hit_counters.window_started_at', '<=', windowStart).then(1).else(eb('link_hit_counters.hits', '+', 1)).end(),
          window_started_at: eb
            .case()
            .when('link_hit_counters.window_started_at', '<=', windowStart)
            .then(now)
            .else(eb.ref('link_hit_counters.window_started_at'))
            .end(),
        }))
        .where((eb) => eb.or([eb('link_hit_counters.window_started_at', '<=', windowStart), eb('link_hit_counters.hits', '<', limit)])),
    )
    .returning('hits')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Counters of windows long gone are dead weight (a row per link ever opened): swept now and then.
 * Any instance may sweep; a sweep that races another deletes the same rows twice, harmlessly.
 */
export async function sweepOldLinkHits(db: Kysely<Database>, now: Date, limits: LinkRateLimits): Promise<void> {
  const expired = new Date(now.getTime() - 2 * limits.windowMs).toISOString();
  await db.deleteFrom('link_hit_counters').where('window_started_at', '<=', expired).execute();
}
