import { measureIndicatorsSchema } from '../measures/measure-indicators-schema';
import { SUPPORT_TYPE_CODES } from '../network/network-codes';
import * as z from '../validation/z';

/** Days without a completed family session after which a consenting client is flagged. */
export const FAMILY_SESSION_GAP_DAYS = 60;

/** The indicator columns of a caseload row. */
export const caseloadIndicatorsSchema = z.object({
  network: z.object({
    activeMembers: z.number().int(),
    supportGaps: z.array(z.enum(SUPPORT_TYPE_CODES)).readonly(),
    consentsExpiringSoon: z.number().int(),
    consentsExpired: z.number().int(),
  }),
  nextSessionAt: z.string().nullable(),
  lastFamilySessionAt: z.string().nullable(),
  /** Active client with family-involvement consent and no completed family session for 60 days. */
  noRecentFamilySession: z.boolean(),
  /** The client answered a self-report the therapist has not looked at yet (cleared by opening the Measures tab). */
  newSelfReport: z.boolean(),
  /** A referral awaits an outcome with no status change for 14 days (domain/referrals/referral-codes.ts). */
  referralFollowUpDue: z.boolean(),
  /** Lonely or low in support with no group tie: worth a referral (the team dashboard's "consider a referral"). */
  considerReferral: z.boolean(),
  /** Latest score and trend per instrument, and the clinical flags as of today. */
  measures: measureIndicatorsSchema,
});
export type CaseloadIndicators = z.infer<typeof caseloadIndicatorsSchema>;
