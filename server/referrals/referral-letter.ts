import type { ReferralLetter } from '@domain/referrals/referral-letter';
import type { ReferralSharedDetail } from '@domain/referrals/referral-codes';
import type { LetterSource } from './referrals.repository';

/**
 * Cuts a referral letter to what the client agreed to share (the referral's shared details): the
 * name and the reason only when agreed; the contact details only as a line to fill in when agreed.
 * Done here, not in the page, so a detail the client kept back never leaves the server.
 */
export function referralLetterOf(source: LetterSource, clinicName: string, printedAt: string): ReferralLetter {
  const shared = new Set(source.shared_details.split(',').filter(Boolean) as ReferralSharedDetail[]);
  return {
    referralId: source.id,
    clinicName,
    printedAt,
    referredOn: source.referred_on,
    consentGivenOn: source.consent_given_on,
    programme: {
      name: source.programme_name,
      contactName: source.contact_name,
      phone: source.phone,
      email: source.email,
      website: source.website,
      area: source.area,
    },
    clientName: shared.has('name') ? source.preferred_name : null,
    contactDetailsShared: shared.has('contact-details'),
    reason: shared.has('reason') && source.reason !== '' ? source.reason : null,
    referringClinician: { name: source.clinician_name, email: source.clinician_email },
  };
}
