import type { Bundle, Resource } from '@medplum/fhirtypes';
import type { ClientRecord } from '@domain/clients/complete-record';
import { todayIsoDate } from '@domain/common/iso-date';
import { INSTRUMENT_CODES } from '@domain/measures/instrument';
import { instrumentOf } from '@domain/measures/instrument-catalog';
import { SESSION_FLAGS } from '@domain/measures/measure-flags';
import { familyCopyOf } from '@domain/sessions/family-copy';
import { careTeamIdOf, toSupportNetworkCareTeam } from './care-team-mapping';
import { toConsent } from './consent-mapping';
import { toEncounter } from './encounter-mapping';
import type { FhirUrls } from './fhir-urls';
import { toFlag } from './flag-mapping';
import { toScoreObservations } from './observation-mapping';
import { toEpisodeOfCare, toPatient, toPractitioner } from './patient-mapping';
import { toQuestionnaireResponse } from './questionnaire-response-mapping';
import { toQuestionnaire } from './questionnaire-mapping';
import { toRelatedPerson } from './related-person-mapping';
import { noteClinicianIds, toSupportNoteDocuments } from './support-note-mapping';

/**
 * Which copy is exported, as with session printouts: the clinician copy holds the clinical-only
 * session fields; the family copy (what a client takes home) leaves them out, and the "risk noted"
 * flag with them, since that flag only says that such fields exist.
 */
export type ExportCopy = 'clinician' | 'family';

export interface BundleContext {
  readonly urls: FhirUrls;
  readonly copy: ExportCopy;
  readonly now: Date;
  /** Names of the clinicians the record refers to by id. */
  readonly clinicianNames: ReadonlyMap<string, string>;
}

/** Ids of the clinicians the record refers to (each becomes a Practitioner in the bundle). */
export function clinicianIdsOf(record: ClientRecord, copy: ExportCopy): string[] {
  return [
    record.client.therapistId,
    ...record.sessions.flatMap((session) => [
      session.therapistId,
      ...session.attendees.filter((attendee) => attendee.kind === 'clinician').map((attendee) => attendee.id),
      ...(copy === 'clinician' && session.riskReview ? [session.riskReview.reviewedBy] : []),
    ]),
    ...noteClinicianIds(record.notes),
  ];
}

/** A client's whole record as one FHIR R4 collection Bundle. */
export function toClientBundle(record: ClientRecord, context: BundleContext): Bundle {
  const { urls, copy } = context;
  const today = todayIsoDate(context.now);
  const clientId = record.client.id;
  const clinicianIds = [...new Set(clinicianIdsOf(record, copy))];
  const resources: Resource[] = [
    toPatient(record.client, urls),
    toEpisodeOfCare(record.client, urls, careTeamIdOf(clientId)),
    ...clinicianIds.map((id) => toPractitioner(id, context.clinicianNames.get(id) ?? 'Clinician')),
    ...record.members.map((member) => toRelatedPerson(member, urls)),
    toSupportNetworkCareTeam(record.client, record.members, urls),
    ...record.members.flatMap((member) => toConsent(member, urls, today) ?? []),
    // Support notes in both copies: no note field is clinical-only (CLINICAL_ONLY_FIELDS lists
    // session fields), the printed complete record shows them to the client, and only roles that
    // read clinical content reach this export (administrators get 403; the clinic export has none).
    ...record.notes.flatMap((entry) => toSupportNoteDocuments(entry, urls)),
    ...record.sessions.map((session) => toEncounter(copy === 'family' ? familyCopyOf(session) : session, urls)),
    ...INSTRUMENT_CODES.map((code) => toQuestionnaire(instrumentOf(code), urls)),
    ...record.measures.flatMap((measure) => [toQuestionnaireResponse(measure, urls), ...toScoreObservations(measure, urls)]),
    ...record.flags
      .filter((flag) => copy === 'clinician' || !(SESSION_FLAGS as readonly string[]).includes(flag))
      .map((flag) => toFlag(flag, clientId, urls)),
  ];
  return withoutEmptyValues({
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: context.now.toISOString(),
    entry: resources.map((resource) => ({ fullUrl: urls.fullUrl(resource.resourceType, resource.id!), resource })),
  });
}

/** FHIR JSON allows no empty arrays, objects or strings: mappers may leave an empty extension list, this drops it. */
export function withoutEmptyValues<T>(value: T): T {
  if (Array.isArray(value)) {
    return value.map(withoutEmptyValues).filter((item) => !isEmpty(item)) as T;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, withoutEmptyValues(item)] as const)
      .filter(([, item]) => !isEmpty(item));
    return Object.fromEntries(entries) as T;
  }
  return value;
}

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0);
