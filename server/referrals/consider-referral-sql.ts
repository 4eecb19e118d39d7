import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import { REFERRAL_AWAITING_STATUSES, type ReferralStatus } from '@domain/referrals/referral-codes';
import { CONSIDER_REFERRAL_REASON_CODES } from '@domain/supervision/team-dashboard';
import type { Database } from '../db/database';
import { SCORE_FLAG_COLUMNS } from '../measures/flag-sql';

/** Group places that still tie the client to a group: referred, waiting or enrolled. */
const CURRENT_PLACE_STATUSES = ['referred', 'waiting', 'enrolled'] as const;
/** Referrals not closed: still awaiting an outcome, or attending. */
const OPEN_REFERRAL_STATUSES: readonly ReferralStatus[] = [...REFERRAL_AWAITING_STATUSES, 'attending'];
/** Network categories a group or programme sits in once the client attends (domain/referrals/referral-network.ts). */
const GROUP_TIE_CATEGORIES = ['peers-groups', 'community'] as const;

/**
 * "Consider a referral" (#16, item 7) as one condition on a client row, for the team dashboard's
 * list and the caseload's marker alike: active; the latest measures in a concern band of support
 * or loneliness (the stored flags measure-status.ts derives from the instruments' bands); and no
 * tie to a group: no current place, no open referral, no active network member among peers and
 * groups or community today.
 */
export function considerReferralSql(eb: ExpressionBuilder<Database, 'clients'>, today: string): Expression<SqlBool> {
  return eb.and([
    eb('clients.status', '=', 'active'),
    eb.exists(
      eb
        .selectFrom('client_measure_status as concern')
        .select('concern.client_id')
        .whereRef('concern.client_id', '=', 'clients.id')
        .where((status) => status.or(CONSIDER_REFERRAL_REASON_CODES.map((reason) => status(`concern.${SCORE_FLAG_COLUMNS[reason]}`, '=', 1)))),
    ),
    eb.not(
      eb.exists(
        eb
          .selectFrom('group_enrolments')
          .select('group_enrolments.id')
          .whereRef('group_enrolments.client_id', '=', 'clients.id')
          .where('group_enrolments.status', 'in', [...CURRENT_PLACE_STATUSES]),
      ),
    ),
    eb.not(
      eb.exists(
        eb
          .selectFrom('referrals')
          .select('referrals.id')
          .whereRef('referrals.client_id', '=', 'clients.id')
          .where('referrals.status', 'in', [...OPEN_REFERRAL_STATUSES]),
      ),
    ),
    eb.not(
      eb.exists(
        eb
          .selectFrom('network_members')
          .select('network_members.id')
          .whereRef('network_members.client_id', '=', 'clients.id')
          .where('network_members.category', 'in', [...GROUP_TIE_CATEGORIES])
          .where('network_members.active_from', '<=', today)
          .where((member) => member.or([member('network_members.ended_on', 'is', null), member('network_members.ended_on', '>', today)])),
      ),
    ),
  ]);
}
