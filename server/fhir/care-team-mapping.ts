import type { CareTeam, CareTeamParticipant } from '@medplum/fhirtypes';
import type { Client } from '@domain/clients/client';
import type { NetworkMember } from '@domain/network/network-member';
import { CONTACT_FREQUENCIES, ENERGY_FLOWS, SUPPORT_TYPES, TIE_QUALITIES, TIE_STRENGTHS, TREATMENT_INVOLVEMENT } from '@domain/network/network-codes';
import { codedExtension, referenceTo } from './clinic-coding';
import type { FhirUrls } from './fhir-urls';
import { relationshipOf } from './related-person-mapping';

export const careTeamIdOf = (clientId: string) => `network-${clientId}`;

/**
 * The support network as one CareTeam, not a Group. R4's Group.member.entity may reference Patient,
 * Practitioner, PractitionerRole, Device, Medication, Substance or Group, but not RelatedPerson, so a
 * Group of network members would carry references no R4 validator accepts; CareTeam.participant.member
 * takes RelatedPerson, and each participant has its own role (the relationship), period and
 * extensions. The team is the client's whole recorded network, strained and harmful ties included
 * (tie quality says which), not only the people who help with treatment.
 */
export function toSupportNetworkCareTeam(client: Client, members: readonly NetworkMember[], urls: FhirUrls): CareTeam {
  return {
    resourceType: 'CareTeam',
    id: careTeamIdOf(client.id),
    status: client.status === 'discharged' ? 'inactive' : 'active',
    name: 'Support network',
    category: [{ text: 'Support network (ecomap)' }],
    subject: referenceTo('Patient', client.id),
    participant: members.map((member) => toParticipant(member, urls)),
  };
}

function toParticipant(member: NetworkMember, urls: FhirUrls): CareTeamParticipant {
  return {
    role: [relationshipOf(member, urls)],
    member: referenceTo('RelatedPerson', member.id, member.name),
    period: { start: member.activeFrom, ...(member.endedOn ? { end: member.endedOn } : {}) },
    extension: [
      ...member.supportTypes.map((type) => codedExtension(urls, 'supportType', 'supportType', type, SUPPORT_TYPES[type])),
      codedExtension(urls, 'tieStrength', 'tieStrength', member.tieStrength, TIE_STRENGTHS[member.tieStrength]),
      codedExtension(urls, 'tieQuality', 'tieQuality', member.tieQuality, TIE_QUALITIES[member.tieQuality]),
      codedExtension(urls, 'energyFlow', 'energyFlow', member.energyFlow, ENERGY_FLOWS[member.energyFlow]),
      codedExtension(urls, 'contactFrequency', 'contactFrequency', member.contactFrequency, CONTACT_FREQUENCIES[member.contactFrequency]),
      codedExtension(urls, 'treatmentInvolvement', 'treatmentInvolvement', member.involvement, TREATMENT_INVOLVEMENT[member.involvement]),
    ],
  };
}
