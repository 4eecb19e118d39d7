import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import { REFERRAL_AWAITING_STATUSES, referralFollowUpCutoff } from '@domain/referrals/referral-codes';
import type { Database } from '../db/database';

/**
 * The SQL twin of the domain's referralFollowUpDue (domain/referrals/referral-codes.ts), as
 * server/measures/flag-sql.ts does for the measure flags: the client has a referral still awaiting
 * an outcome whose latest step is at least 14 days old. referrals.routes.spec.ts checks that the
 * caseload and the referral list agree.
 */
export function referralFollowUpDueSql(eb: ExpressionBuilder<Database, 'clients'>, today: string): Expression<SqlBool> {
  return eb.exists(
    eb
      .selectFrom('referrals')
      .select('referrals.id')
      .whereRef('referrals.client_id', '=', 'clients.id')
      .where('referrals.status', 'in', [...REFERRAL_AWAITING_STATUSES])
      .where('referrals.status_on', '<=', referralFollowUpCutoff(today)),
  );
}
