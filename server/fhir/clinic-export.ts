import { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { EpisodeOfCare, Patient } from '@medplum/fhirtypes';
import type { Database } from '../db/database';
import { referenceTo } from './clinic-coding';
import { assignmentPages, type AssignmentRow, therapists } from './clinic-export.repository';
import type { FhirUrls } from './fhir-urls';
import { toPractitioner } from './patient-mapping';

/**
 * The clinic export's policy (issue #19 item 2): an administrator reads no clinical content
 * anywhere in CareCircle (client-access.ts: the assignment view only), and no export policy says
 * otherwise, so the administrator's clinic export carries exactly the assignment view: Patient
 * (case number, names, active), EpisodeOfCare (status and the therapist as care manager) and
 * Practitioner (therapists, name only). No birth date, pronouns, concerns, consents, network,
 * notes, sessions or measures: a clinician exports those per client (GET /clients/:id/fhir).
 */
export const CLINIC_EXPORT_TYPES = ['Patient', 'EpisodeOfCare', 'Practitioner'] as const;
export type ClinicExportType = (typeof CLINIC_EXPORT_TYPES)[number];

const EPISODE_STATUS = { active: 'active', 'on-hold': 'onhold', discharged: 'finished' } as const;

export function toAssignmentPatient(row: AssignmentRow, urls: FhirUrls): Patient {
  return {
    resourceType: 'Patient',
    id: row.id,
    identifier: [{ system: urls.codeSystem('caseNumber'), value: row.case_number }],
    active: row.status !== 'discharged',
    name: [{ use: 'official', text: row.legal_name }, ...(row.preferred_name !== row.legal_name ? [{ use: 'usual' as const, text: row.preferred_name }] : [])],
  };
}

export function toAssignmentEpisode(row: AssignmentRow): EpisodeOfCare {
  return {
    resourceType: 'EpisodeOfCare',
    id: `treatment-${row.id}`,
    status: EPISODE_STATUS[row.status],
    patient: referenceTo('Patient', row.id),
    careManager: referenceTo('Practitioner', row.therapist_id, row.therapist_name),
  };
}

/**
 * One resource type of the clinic as NDJSON (the FHIR Bulk Data file layout: one resource per
 * line), streamed page by page: memory holds one page of clients whatever the clinic's size.
 */
export function clinicNdjson(db: Kysely<Database>, type: ClinicExportType, urls: FhirUrls): Readable {
  async function* lines(): AsyncGenerator<string> {
    if (type === 'Practitioner') {
      for (const therapist of await therapists(db)) {
        yield `${JSON.stringify(toPractitioner(therapist.id, therapist.name))}\n`;
      }
      return;
    }
    for await (const page of assignmentPages(db)) {
      yield page.map((row) => JSON.stringify(type === 'Patient' ? toAssignmentPatient(row, urls) : toAssignmentEpisode(row))).join('\n') + '\n';
    }
  }
  return Readable.from(lines());
}
