import type { CodeableConcept, Extension, RelatedPerson } from '@medplum/fhirtypes';
import type { NetworkMember } from '@domain/network/network-member';
import { RELATIONSHIPS } from '@domain/network/network-codes';
import { clinicCoding, referenceTo, textExtensions } from './clinic-coding';
import type { FhirUrls } from './fhir-urls';
import { RELATIONSHIP_ROLE_CODES } from './hl7-codes';

/** The relationship: the HL7 v3 RoleCode where one fits, always the clinic's own code and the word. */
export function relationshipOf(member: NetworkMember, urls: FhirUrls): CodeableConcept {
  const label = RELATIONSHIPS[member.relationship].label;
  const hl7 = RELATIONSHIP_ROLE_CODES[member.relationship];
  return {
    coding: [...(hl7 ? [hl7] : []), clinicCoding(urls, 'relationship', member.relationship, label)],
    text: label,
  };
}

const flagExtension = (urls: FhirUrls, name: 'livesWithClient' | 'emergencyContact', value: boolean): Extension[] =>
  value ? [{ url: urls.extension(name), valueBoolean: true }] : [];

/** One network member (a person or a group in the client's life) as a RelatedPerson of the client. */
export function toRelatedPerson(member: NetworkMember, urls: FhirUrls): RelatedPerson {
  return {
    resourceType: 'RelatedPerson',
    id: member.id,
    active: member.endedOn === null,
    patient: referenceTo('Patient', member.clientId),
    relationship: [relationshipOf(member, urls)],
    name: [{ text: member.name }],
    period: { start: member.activeFrom, ...(member.endedOn ? { end: member.endedOn } : {}) },
    extension: [
      ...flagExtension(urls, 'livesWithClient', member.livesWithClient),
      ...flagExtension(urls, 'emergencyContact', member.emergencyContact),
      ...textExtensions(urls, 'boundariesNote', member.boundariesNote),
      ...textExtensions(urls, 'endReason', member.endReason),
    ],
  };
}
