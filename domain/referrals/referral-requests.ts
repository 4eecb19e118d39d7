import { isoDateSchema } from '../common/iso-date-schema';
import { todayIsoDate } from '../common/iso-date';
import { uuidSchema } from '../common/uuid';
import { versionSchema } from '../common/versioned';
import { createNetworkMemberRequestSchema } from '../network/network-member-requests';
import { TEXT_LIMITS } from '../validation/text-limits';
import * as z from '../validation/z';
import { REFERRAL_SHARED_DETAIL_CODES, REFERRAL_STATUS_CODES } from './referral-codes';

const notInFuture = isoDateSchema.refine((value) => value <= todayIsoDate(), { error: 'Cannot be in the future.' });
const optionalText = (max: number) => z.string().trim().max(max, { error: `Must be at most ${max} characters.` }).default('');

/**
 * A therapist refers their client to a clinic group (groupId) or a directory programme
 * (programmeId), with the client's consent to share the details listed.
 */
export const createReferralRequestSchema = z
  .strictObject({
    groupId: uuidSchema.optional(),
    programmeId: uuidSchema.optional(),
    /** The client agreed that their details may be shared with the programme: no referral without it. */
    consentToShare: z.boolean({ error: 'Required: the client must agree to their details being shared.' }),
    consentGivenOn: notInFuture,
    sharedDetails: z
      .array(z.enum(REFERRAL_SHARED_DETAIL_CODES, { error: 'Unknown detail.' }))
      .min(1, { error: 'Choose at least one detail the client agreed to share.' })
      .refine((details) => new Set(details).size === details.length, { error: 'Each detail once.' }),
    reason: optionalText(TEXT_LIMITS.shortText * 5),
    referredOn: notInFuture,
  })
  .superRefine((body, context) => {
    if (!body.consentToShare) {
      context.addIssue({ code: 'custom', path: ['consentToShare'], message: 'The client must agree to their details being shared before a referral.' });
    }
    if ((body.groupId === undefined) === (body.programmeId === undefined)) {
      context.addIssue({ code: 'custom', path: ['programmeId'], message: 'Choose one clinic group or one directory programme.' });
    }
    if (body.consentGivenOn > body.referredOn) {
      context.addIssue({ code: 'custom', path: ['consentGivenOn'], message: 'Cannot be after the referral.' });
    }
  });
export type CreateReferralRequest = z.infer<typeof createReferralRequestSchema>;

/** The next step of a referral, on a day, versioned. */
export const referralStatusRequestSchema = z.strictObject({
  status: z.enum(REFERRAL_STATUS_CODES, { error: 'Unknown status.' }),
  on: notInFuture,
  note: optionalText(TEXT_LIMITS.shortText),
  version: versionSchema,
});
export type ReferralStatusRequest = z.infer<typeof referralStatusRequestSchema>;

/**
 * Once the client attends: link the programme to a member already on the network (memberId), or add
 * it as a new member (member, whose relationship the SPA proposes from the programme's kind).
 */
export const referralNetworkLinkRequestSchema = z
  .strictObject({
    memberId: uuidSchema.optional(),
    member: createNetworkMemberRequestSchema.optional(),
    version: versionSchema,
  })
  .superRefine((body, context) => {
    if ((body.memberId === undefined) === (body.member === undefined)) {
      context.addIssue({ code: 'custom', path: ['memberId'], message: 'Choose a member to link, or add the programme as a new one.' });
    }
  });
export type ReferralNetworkLinkRequest = z.infer<typeof referralNetworkLinkRequestSchema>;

export const clientReferralParamsSchema = z.strictObject({ clientId: uuidSchema, referralId: uuidSchema });
