import { PROGRAMME_KIND_CODES } from '../community/programme-codes';
import { versionedShape } from '../common/versioned';
import { GROUP_KIND_CODES } from '../groups/group-codes';
import * as z from '../validation/z';
import { REFERRAL_SHARED_DETAIL_CODES, REFERRAL_STATUS_CODES } from './referral-codes';

/** One step of a referral's timeline: the status, the day it happened and who recorded it. */
export const referralEventSchema = z.object({
  status: z.enum(REFERRAL_STATUS_CODES),
  on: z.string(),
  note: z.string(),
  recordedAt: z.string(),
  recordedByName: z.string(),
});
export type ReferralEvent = z.infer<typeof referralEventSchema>;

/** Where the client is referred: a group the clinic runs, or a programme from the directory. */
export const referralTargetSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('group'), id: z.string(), name: z.string(), kind: z.enum(GROUP_KIND_CODES) }),
  z.object({ type: z.literal('programme'), id: z.string(), name: z.string(), kind: z.enum(PROGRAMME_KIND_CODES) }),
]);
export type ReferralTarget = z.infer<typeof referralTargetSchema>;

/** A referral as the client's therapist and supervisor see it, with its whole timeline. */
export const clientReferralSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  target: referralTargetSchema,
  /** A clinic group's referral holds the group's roster place (its facilitators accept or decline it). */
  enrolmentId: z.string().nullable(),
  reason: z.string(),
  consentGivenOn: z.string(),
  sharedDetails: z.array(z.enum(REFERRAL_SHARED_DETAIL_CODES)).readonly(),
  status: z.enum(REFERRAL_STATUS_CODES),
  statusOn: z.string(),
  /** Awaiting an outcome with no change for 14 days (referralFollowUpDue). */
  followUpDue: z.boolean(),
  /** The network member the programme became once the client attended, if any. */
  networkMemberId: z.string().nullable(),
  events: z.array(referralEventSchema).readonly(),
  ...versionedShape,
});
export type ClientReferral = z.infer<typeof clientReferralSchema>;
