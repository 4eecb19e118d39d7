import { addDays } from '../common/iso-date';

/**
 * Where a referral stands (issue #16, item 6): referred → contacted → attending → ended, or it
 * closes as declined or with no response. Followed to the end, so the therapist knows whether the
 * client ever got there.
 */
export const REFERRAL_STATUSES = {
  referred: 'Referred',
  contacted: 'Contacted',
  attending: 'Attending',
  ended: 'Ended',
  declined: 'Declined',
  'no-response': 'No response',
} as const;
export type ReferralStatus = keyof typeof REFERRAL_STATUSES;
export const REFERRAL_STATUS_CODES = Object.keys(REFERRAL_STATUSES) as [ReferralStatus, ...ReferralStatus[]];

/**
 * The steps a referral may take from each status. Attending needs a contact first (someone spoke to
 * the programme or the client); only an attending client can have ended. Declined, no response and
 * ended close the referral: a new try is a new referral.
 */
export const REFERRAL_NEXT_STATUSES: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  referred: ['contacted', 'declined', 'no-response'],
  contacted: ['attending', 'declined', 'no-response'],
  attending: ['ended'],
  ended: [],
  declined: [],
  'no-response': [],
};

/** Statuses still waiting for an outcome: the ones a therapist must chase. */
export const REFERRAL_AWAITING_STATUSES = ['referred', 'contacted'] as const satisfies readonly ReferralStatus[];

/** Days without a status change after which an awaiting referral is "follow-up due". */
export const REFERRAL_FOLLOW_UP_DAYS = 14;

/** Why a status may not follow `from`, or null when it may (the message names what is missing). */
export function referralStepProblem(from: ReferralStatus, to: ReferralStatus): string | null {
  if (REFERRAL_NEXT_STATUSES[from].includes(to)) {
    return null;
  }
  if (REFERRAL_NEXT_STATUSES[from].length === 0) {
    return `This referral is closed (${REFERRAL_STATUSES[from].toLowerCase()}): refer again to start a new one.`;
  }
  if (to === 'attending' || to === 'ended') {
    const missing = to === 'ended' && from !== 'attending' ? 'attending' : 'contacted';
    return `Record "${REFERRAL_STATUSES[missing as ReferralStatus].toLowerCase()}" first: a referral cannot skip it.`;
  }
  return `Cannot go from ${REFERRAL_STATUSES[from].toLowerCase()} to ${REFERRAL_STATUSES[to].toLowerCase()}.`;
}

/**
 * The domain's follow-up rule: still awaiting an outcome, and the last status change is 14 or more
 * days old. Attending is not chased (weeks without news are the good case); closed referrals neither.
 */
export function referralFollowUpDue(status: ReferralStatus, statusOn: string, today: string): boolean {
  return (REFERRAL_AWAITING_STATUSES as readonly ReferralStatus[]).includes(status) && statusOn <= referralFollowUpCutoff(today);
}

/** The latest status date that is already due today: for the same rule in SQL. */
export function referralFollowUpCutoff(today: string): string {
  return addDays(today, -REFERRAL_FOLLOW_UP_DAYS);
}

/** What the client agreed may be shared with the programme (item 8 prints only these). */
export const REFERRAL_SHARED_DETAILS = {
  name: 'Name',
  'contact-details': 'Phone and email',
  reason: 'Reason for the referral',
} as const;
export type ReferralSharedDetail = keyof typeof REFERRAL_SHARED_DETAILS;
export const REFERRAL_SHARED_DETAIL_CODES = Object.keys(REFERRAL_SHARED_DETAILS) as [ReferralSharedDetail, ...ReferralSharedDetail[]];
