import { MEASURE_FLAGS } from '../measures/measure-flag-labels';

/**
 * What the caseload filters and sorts by as flags: the clinical measure flags (most severe first),
 * then a referral awaiting an outcome for 14 days (domain/referrals/referral-codes.ts), the least
 * severe: a reminder to chase, not a clinical signal. Labels only, so the caseload loads no schemas.
 */
export const CASELOAD_FLAGS = {
  ...MEASURE_FLAGS,
  'referral-follow-up-due': 'Referral follow-up due',
} as const;
export type CaseloadFlag = keyof typeof CASELOAD_FLAGS;
export const CASELOAD_FLAG_CODES = Object.keys(CASELOAD_FLAGS) as [CaseloadFlag, ...CaseloadFlag[]];
