import type { Kysely } from 'kysely';
import type { Actor } from '../access/actor';
import type { Audit } from '../audit/audit-log';
import type { Database } from '../db/database';
import { HttpProblem } from '../http/http-problem';
import { removeSecondFactor } from './two-factor.repository';

/**
 * An administrator's reset of a user's lost authenticator: the factor and its recovery codes go and
 * the user's sessions end, in one transaction with its audit event.
 */
export async function resetSecondFactor(db: Kysely<Database>, _actor: Actor, audit: Audit, userId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const user = await trx.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
    if (!user) {
      throw HttpProblem.notFound();
    }
    await removeSecondFactor(trx, userId);
    await trx.deleteFrom('sign_in_sessions').where('user_id', '=', userId).execute();
    await audit({ action: 'two-factor-reset', recordType: 'user', recordId: userId, outcome: 'success' }, trx);
  });
}
