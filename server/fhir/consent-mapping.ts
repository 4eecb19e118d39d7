import type { Consent } from '@medplum/fhirtypes';
import { consentStateOn } from '@domain/network/consent-state';
import type { NetworkMember } from '@domain/network/network-member';
import { referenceTo, textExtensions } from './clinic-coding';
import type { FhirUrls } from './fhir-urls';
import { DISCLOSE, INFORMATION_DISCLOSURE, INFORMATION_RECIPIENT, PATIENT_PRIVACY } from './hl7-codes';

/**
 * The client's consent to share information with one network member. "Not asked" is no consent at
 * all, so it exports none. Granted consent is `active` while in force, `inactive` once expired or
 * before it starts; a decline is `rejected` with a deny provision.
 */
export function toConsent(member: NetworkMember, urls: FhirUrls, today: string): Consent | null {
  const { consent } = member;
  if (consent.status === 'not-asked') {
    return null;
  }
  const state = consentStateOn(consent, today);
  const granted = consent.status === 'granted';
  return {
    resourceType: 'Consent',
    id: `consent-${member.id}`,
    status: !granted ? 'rejected' : state === 'current' || state === 'expiring' ? 'active' : 'inactive',
    scope: { coding: [PATIENT_PRIVACY], text: 'Sharing information with a member of the support network' },
    category: [{ coding: [INFORMATION_DISCLOSURE], text: 'Information disclosure' }],
    patient: referenceTo('Patient', member.clientId),
    ...(consent.givenOn ? { dateTime: consent.givenOn } : {}),
    performer: [referenceTo('Patient', member.clientId)],
    policyRule: { text: "The clinic's consent to share information with people in the client's support network" },
    provision: {
      type: granted ? 'permit' : 'deny',
      ...(consent.givenOn || consent.expiresOn
        ? { period: { ...(consent.givenOn ? { start: consent.givenOn } : {}), ...(consent.expiresOn ? { end: consent.expiresOn } : {}) } }
        : {}),
      actor: [{ role: { coding: [INFORMATION_RECIPIENT] }, reference: referenceTo('RelatedPerson', member.id, member.name) }],
      action: [{ coding: [DISCLOSE] }],
    },
    extension: textExtensions(urls, 'consentScope', consent.scope),
  };
}
