import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { ReferralStatus } from '@domain/referrals/referral-codes';
import type { Actor } from '../access/actor';
import type { Audit } from '../audit/audit-log';
import type { Database } from '../db/database';

/**
 * A clinic group's referral moves with its roster place: what the facilitator decides is the
 * referral's next step, recorded on its timeline with the facilitator as who recorded it. The
 * waiting list counts as contacted (the group answered; the client waits for a place).
 */
const REFERRAL_STEP_OF_ROSTER = {
  waiting: 'contacted',
  enrolled: 'attending',
  declined: 'declined',
  left: 'ended',
} as const satisfies Record<string, ReferralStatus>;

/** Statuses a referral may be in for each roster step to apply (the roster itself already checked the order). */
const FROM: Record<keyof typeof REFERRAL_STEP_OF_ROSTER, readonly ReferralStatus[]> = {
  waiting: ['referred'],
  enrolled: ['referred', 'contacted'],
  declined: ['referred', 'contacted'],
  left: ['attending'],
};

/**
 * Moves the referral holding this roster place (if the place came from one: the groups tab's older
 * "Refer" has none) to the step the roster reached, inside the roster write's transaction.
 */
export async function referralFollowsRoster(
  trx: Kysely<Database>,
  actor: Actor,
  audit: Audit,
  enrolmentId: string,
  rosterStatus: keyof typeof REFERRAL_STEP_OF_ROSTER,
  on: string,
  note: string,
): Promise<void> {
  const referral = await trx
    .selectFrom('referrals')
    .select(['id', 'status', 'version'])
    .where('enrolment_id', '=', enrolmentId)
    .where('status', 'in', [...FROM[rosterStatus]])
    .executeTakeFirst();
  if (!referral) {
    return;
  }
  const status = REFERRAL_STEP_OF_ROSTER[rosterStatus];
  const now = actor.now.toISOString();
  await trx
    .updateTable('referrals')
    .set({ status, status_on: on, version: referral.version + 1, updated_at: now, updated_by: actor.user.id })
    .where('id', '=', referral.id)
    .execute();
  await trx
    .insertInto('referral_events')
    .values({ id: uuidv7(), referral_id: referral.id, status, occurred_on: on, note, recorded_at: now, recorded_by: actor.user.id })
    .execute();
  await audit({ action: 'update', recordType: 'referral', recordId: referral.id, outcome: 'success', fields: ['status'] }, trx);
}
