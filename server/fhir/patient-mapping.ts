import type { EpisodeOfCare, Patient, Practitioner } from '@medplum/fhirtypes';
import { CLIENT_STATUSES, FAMILY_CONSENT, PRIMARY_CONCERNS } from '@domain/clients/client-codes';
import type { Client } from '@domain/clients/client';
import { codedExtension, referenceTo, textExtensions } from './clinic-coding';
import type { FhirUrls } from './fhir-urls';

/** The client as a Patient: names, birth date, case number, pronouns, concerns and family-involvement consent. */
export function toPatient(client: Client, urls: FhirUrls): Patient {
  return {
    resourceType: 'Patient',
    id: client.id,
    identifier: [{ system: urls.codeSystem('caseNumber'), value: client.caseNumber }],
    active: client.status !== 'discharged',
    name: [
      { use: 'official', text: client.legalName },
      ...(client.preferredName !== client.legalName ? [{ use: 'usual' as const, text: client.preferredName }] : []),
    ],
    birthDate: client.dateOfBirth,
    extension: [
      ...textExtensions(urls, 'pronouns', client.pronouns),
      ...client.primaryConcerns.map((concern) => codedExtension(urls, 'primaryConcern', 'primaryConcern', concern, PRIMARY_CONCERNS[concern])),
      codedExtension(urls, 'familyInvolvementConsent', 'familyConsent', client.familyConsent, FAMILY_CONSENT[client.familyConsent]),
    ],
  };
}

const EPISODE_STATUS = { active: 'active', 'on-hold': 'onhold', discharged: 'finished' } as const;

/** The client's treatment: its start, status and discharge, managed by their therapist with the network. */
export function toEpisodeOfCare(client: Client, urls: FhirUrls, careTeamId: string): EpisodeOfCare {
  return {
    resourceType: 'EpisodeOfCare',
    id: `treatment-${client.id}`,
    status: EPISODE_STATUS[client.status],
    type: [{ text: `Treatment (${CLIENT_STATUSES[client.status]})` }],
    patient: referenceTo('Patient', client.id),
    period: { start: client.treatmentStart, ...(client.dischargedOn ? { end: client.dischargedOn } : {}) },
    careManager: referenceTo('Practitioner', client.therapistId, client.therapistName),
    team: [referenceTo('CareTeam', careTeamId)],
    extension: textExtensions(urls, 'dischargeReason', client.dischargeReason),
  };
}

/** A clinician named in the record (the therapist, a co-facilitator): name only. */
export function toPractitioner(id: string, name: string): Practitioner {
  return { resourceType: 'Practitioner', id, name: [{ text: name }] };
}
