import * as z from '../validation/z';

/**
 * A referral letter to a directory programme (#16, item 8), cut on the server to what the client's
 * consent covers: their name only if "name" was agreed, the reason only if "reason" was, and for
 * "contact-details" only that they may be given (the client record holds no phone or email, so
 * the clinician writes them in by hand). The referring clinician and the clinic are always there:
 * the programme answers them.
 */
export const referralLetterSchema = z.object({
  referralId: z.string(),
  clinicName: z.string(),
  /** When this copy was produced (each print is audited). */
  printedAt: z.string(),
  referredOn: z.string(),
  consentGivenOn: z.string(),
  programme: z.object({
    name: z.string(),
    contactName: z.string(),
    phone: z.string(),
    email: z.string(),
    website: z.string(),
    area: z.string(),
  }),
  /** Null when the client did not agree to share their name. */
  clientName: z.string().nullable(),
  /** The client agreed that their phone and email may be given to the programme. */
  contactDetailsShared: z.boolean(),
  /** Null when the client did not agree to share the reason. */
  reason: z.string().nullable(),
  referringClinician: z.object({ name: z.string(), email: z.string() }),
});
export type ReferralLetter = z.infer<typeof referralLetterSchema>;
