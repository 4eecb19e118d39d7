import type { NetworkMemberFacts } from '@domain/network/network-member';
import type { FieldError } from '@domain/validation/field-errors';
import { child, ImportProblems, isObject, type Json } from './fhir-import-json';
import { type ImportedMeasure, readMeasure } from './fhir-import-measures';
import { readMembers } from './fhir-import-network';
import { type ImportedClient, readClient } from './fhir-import-patient';
import { ImportVocabulary, type Located } from './fhir-import-vocabulary';

/** Everything a bundle would create, read and checked but not stored. */
export interface FhirImportPlan {
  readonly client: ImportedClient;
  readonly members: readonly NetworkMemberFacts[];
  readonly measures: readonly ImportedMeasure[];
  readonly notices: readonly string[];
  /** Resources the export writes that the import derives again instead of reading (by type, with a count). */
  readonly recomputed: Readonly<Record<string, number>>;
}

type Entry = Located<Json> & { readonly fullUrl?: unknown };

export type FhirImportReading = { readonly plan: FhirImportPlan } | { readonly errors: readonly FieldError[] };

/** The resource types an import reads. */
const READ = ['Patient', 'EpisodeOfCare', 'RelatedPerson', 'CareTeam', 'Consent', 'QuestionnaireResponse'] as const;
/**
 * Types a CareCircle export holds that are derived, not entered, so the import computes them again:
 * Observations (scores and bands, from the answers), Flags (from measures and dates), the canonical
 * Questionnaires, and Practitioners (the importing therapist becomes the client's therapist).
 * Anything else, family sessions (Encounter) included, is unsupported and refused with its path.
 */
const RECOMPUTED = ['Observation', 'Flag', 'Questionnaire', 'Practitioner'] as const;
/**
 * Types a CareCircle export holds that the import knowingly leaves out, with a notice rather than
 * an error, so one clinic's export still imports into another: support notes (DocumentReference).
 * A note belongs to the clinician who wrote and amended it; stored here it would name the importing
 * therapist as its author or clinicians this clinic does not have, so it stays with the record it
 * came from (and in the client's complete record there).
 */
const LEFT_OUT: Readonly<Record<string, (count: number) => string>> = {
  DocumentReference: (count) =>
    `${count} support note ${count === 1 ? 'version is' : 'versions are'} not imported: notes stay with the clinic whose clinicians wrote them.`,
};
const BUNDLE_TYPES = ['collection', 'transaction', 'batch', 'document'];

/**
 * Reads a FHIR R4 Bundle holding one client: Patient (required), EpisodeOfCare, RelatedPersons,
 * the support-network CareTeam, Consents and QuestionnaireResponses for MSPSS, LSNS-6 and UCLA-3.
 * Every problem is collected with the path of its element; a plan comes back only when there are none.
 */
export function readFhirImport(body: unknown, ownBase: string, today: string): FhirImportReading {
  const problems = new ImportProblems();
  if (!isObject(body) || body['resourceType'] !== 'Bundle') {
    return { errors: [{ field: 'resourceType', message: 'Must be a FHIR Bundle.' }] };
  }
  if (!BUNDLE_TYPES.includes(String(body['type']))) {
    problems.add('type', `Must be one of ${BUNDLE_TYPES.join(', ')}.`);
  }
  const byType = new Map<string, Entry[]>();
  const recomputed: Record<string, number> = {};
  const leftOut = new Map<string, number>();
  const ids = new Set<string>();
  problems.list(body, 'entry', '').forEach((entry, index) => {
    const entryPath = child('entry', index);
    const resource = isObject(entry) ? entry['resource'] : undefined;
    const path = child(entryPath, 'resource');
    if (!isObject(resource) || typeof resource['resourceType'] !== 'string') {
      problems.add(path, 'Each entry needs a resource with a resourceType.');
      return;
    }
    const type = resource['resourceType'];
    if ((RECOMPUTED as readonly string[]).includes(type)) {
      recomputed[type] = (recomputed[type] ?? 0) + 1;
      return;
    }
    if (type in LEFT_OUT) {
      leftOut.set(type, (leftOut.get(type) ?? 0) + 1);
      return;
    }
    if (!(READ as readonly string[]).includes(type)) {
      problems.add(child(path, 'resourceType'), `Unsupported resource ${type}: an import reads ${READ.join(', ')} (and derives ${RECOMPUTED.join(', ')} again).`);
      return;
    }
    const id = resource['id'];
    if (typeof id !== 'string' || id === '') {
      problems.add(child(path, 'id'), 'Required: references inside the bundle use it.');
      return;
    }
    if (ids.has(`${type}/${id}`)) {
      problems.add(child(path, 'id'), `${type}/${id} appears twice.`);
      return;
    }
    ids.add(`${type}/${id}`);
    byType.set(type, [...(byType.get(type) ?? []), { value: resource, path, fullUrl: isObject(entry) ? entry['fullUrl'] : undefined }]);
  });
  const of = (type: (typeof READ)[number]) => byType.get(type) ?? [];
  for (const [type, count] of leftOut) {
    problems.notices.push(LEFT_OUT[type]!(count));
  }
  const patients = of('Patient');
  if (patients.length !== 1) {
    problems.add('entry', `A bundle imports one client: it needs exactly one Patient (it has ${patients.length}).`);
    return { errors: problems.errors };
  }
  const patient = patients[0]!;
  const patientReference = `Patient/${String(patient.value['id'])}`;
  const vocabulary = new ImportVocabulary(baseOf(patient, ownBase), problems);
  checkSubjects(byType, patientReference, problems);
  if (of('EpisodeOfCare').length > 1) {
    problems.add(of('EpisodeOfCare')[1]!.path, 'One EpisodeOfCare per client.');
  }
  const client = readClient(patient, of('EpisodeOfCare')[0], vocabulary, problems, today);
  const treatmentStart = client?.fields.treatmentStart;
  const members = readMembers(of('RelatedPerson'), of('CareTeam'), of('Consent'), vocabulary, problems, today, treatmentStart);
  checkMemberReferences(of('CareTeam'), of('Consent'), ids, problems);
  const measures = of('QuestionnaireResponse').flatMap((response) => readMeasure(response, vocabulary, problems, today, treatmentStart) ?? []);
  if (problems.errors.length > 0 || !client) {
    return { errors: problems.errors };
  }
  return { plan: { client, members: [...members.values()], measures, notices: problems.notices, recomputed } };
}

/** `<base>/Patient/<id>` → `<base>`: the vocabulary of the clinic that wrote the bundle. */
function baseOf(patient: Entry, ownBase: string): string {
  const suffix = `/Patient/${String(patient.value['id'])}`;
  return typeof patient.fullUrl === 'string' && patient.fullUrl.endsWith(suffix) ? patient.fullUrl.slice(0, -suffix.length) : ownBase;
}

/** Where each read type names the client; every one must name the bundle's Patient. */
const SUBJECT_ELEMENT: Readonly<Record<string, string>> = {
  EpisodeOfCare: 'patient',
  RelatedPerson: 'patient',
  CareTeam: 'subject',
  Consent: 'patient',
  QuestionnaireResponse: 'subject',
};

function checkSubjects(byType: ReadonlyMap<string, Located<Json>[]>, patientReference: string, problems: ImportProblems): void {
  for (const [type, element] of Object.entries(SUBJECT_ELEMENT)) {
    for (const { value, path } of byType.get(type) ?? []) {
      const reference = isObject(value[element]) ? value[element]['reference'] : undefined;
      if (reference !== patientReference) {
        problems.add(child(path, element), `Must reference the bundle's Patient (${patientReference}).`);
      }
    }
  }
}

/** CareTeam members and Consent actors must be RelatedPersons of this bundle. */
function checkMemberReferences(careTeams: readonly Located<Json>[], consents: readonly Located<Json>[], ids: ReadonlySet<string>, problems: ImportProblems): void {
  for (const team of careTeams) {
    (Array.isArray(team.value['participant']) ? team.value['participant'] : []).forEach((participant, index) => {
      const reference = isObject(participant) && isObject(participant['member']) ? participant['member']['reference'] : undefined;
      if (typeof reference !== 'string' || !reference.startsWith('RelatedPerson/') || !ids.has(reference)) {
        problems.add(child(child(child(team.path, 'participant'), index), 'member'), 'Must reference a RelatedPerson in this bundle.');
      }
    });
  }
  for (const consent of consents) {
    const provision = isObject(consent.value['provision']) ? consent.value['provision'] : {};
    const actor = Array.isArray(provision['actor']) ? provision['actor'][0] : undefined;
    const reference = isObject(actor) && isObject(actor['reference']) ? actor['reference']['reference'] : undefined;
    if (typeof reference === 'string' && !ids.has(reference)) {
      problems.add(child(consent.path, 'provision.actor[0].reference'), 'Must reference a RelatedPerson in this bundle.');
    }
  }
}
