import { CLIENT_STATUSES, type ClientStatus, FAMILY_CONSENT_CODES, PRIMARY_CONCERN_CODES } from '@domain/clients/client-codes';
import { type CreateClientRequest, createClientRequestSchema } from '@domain/clients/client-requests';
import { child, type ImportProblems, isObject, type Json, nameText } from './fhir-import-json';
import type { ImportVocabulary, Located } from './fhir-import-vocabulary';

/** The client a bundle describes: the create form's fields (validated by its schema), with status. */
export interface ImportedClient {
  readonly fields: CreateClientRequest;
  readonly status: ClientStatus;
  readonly dischargedOn: string | null;
  readonly dischargeReason: string | null;
}

/** The reverse of patient-mapping.ts's EPISODE_STATUS. */
const CLIENT_STATUS_OF_EPISODE: Readonly<Record<string, ClientStatus>> = { active: 'active', onhold: 'on-hold', finished: 'discharged' };

/**
 * The client from the Patient and, when the bundle has one, the EpisodeOfCare (treatment start,
 * status, discharge). A bundle from elsewhere may lack the clinic's extensions: a missing concern
 * becomes "other", a missing treatment start today, each said in a notice the preview shows.
 */
export function readClient(patient: Located<Json>, episode: Located<Json> | undefined, vocabulary: ImportVocabulary, problems: ImportProblems, today: string): ImportedClient | undefined {
  const { value: resource, path } = patient;
  const fieldPaths: Record<string, string> = {};
  const names = problems.list(resource, 'name', path).flatMap((name, index) => (isObject(name) ? [{ name, path: child(child(path, 'name'), index) }] : []));
  const official = names.find((entry) => entry.name['use'] === 'official') ?? names.find((entry) => entry.name['use'] !== 'usual') ?? names[0];
  const usual = names.find((entry) => entry.name['use'] === 'usual') ?? official;
  fieldPaths['legalName'] = official?.path ?? child(path, 'name');
  fieldPaths['preferredName'] = usual?.path ?? child(path, 'name');

  const caseNumber = readCaseNumber(resource, path, vocabulary, problems, fieldPaths);
  fieldPaths['dateOfBirth'] = child(path, 'birthDate');
  fieldPaths['pronouns'] = vocabulary.extensions(resource, path, 'pronouns')[0]?.path ?? child(path, 'extension');
  fieldPaths['primaryConcerns'] = child(path, 'extension');
  fieldPaths['familyConsent'] = vocabulary.extensions(resource, path, 'familyInvolvementConsent')[0]?.path ?? child(path, 'extension');

  let primaryConcerns: string[] = vocabulary.codedExtensions(resource, path, 'primaryConcern', 'primaryConcern', PRIMARY_CONCERN_CODES);
  if (vocabulary.extensions(resource, path, 'primaryConcern').length === 0) {
    primaryConcerns = ['other'];
    problems.notices.push('The Patient names no primary concern: recorded as "Other".');
  }
  let familyConsent: string | undefined = vocabulary.codedExtension(resource, path, 'familyInvolvementConsent', 'familyConsent', FAMILY_CONSENT_CODES);
  if (vocabulary.extensions(resource, path, 'familyInvolvementConsent').length === 0) {
    familyConsent = 'not-discussed';
    problems.notices.push('The Patient records no consent to family involvement: recorded as "Not yet discussed".');
  }

  const treatment = readTreatment(episode, vocabulary, problems, today, fieldPaths);
  const candidate = {
    legalName: official ? nameText(official.name) : undefined,
    preferredName: usual ? nameText(usual.name) : undefined,
    dateOfBirth: problems.date(resource, 'birthDate', path),
    caseNumber,
    pronouns: vocabulary.textExtension(resource, path, 'pronouns') ?? '',
    primaryConcerns,
    treatmentStart: treatment.treatmentStart,
    familyConsent,
  };
  // The create form's own schema decides what a valid client is; its messages land on the FHIR paths.
  const parsed = createClientRequestSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      problems.addUnlessReported(fieldPaths[field] ?? path, `${field}: ${issue.message}`);
    }
    return undefined;
  }
  const fields = parsed.data;
  if (treatment.status === 'discharged') {
    if (!treatment.dischargedOn) {
      problems.add(fieldPaths['dischargedOn']!, 'A finished episode needs its end date (the discharge date).');
    } else if (treatment.dischargedOn < fields.treatmentStart || treatment.dischargedOn > today) {
      problems.add(fieldPaths['dischargedOn']!, 'The discharge date must lie between the treatment start and today.');
    }
    if (!treatment.dischargeReason) {
      problems.add(fieldPaths['dischargeReason']!, 'A finished episode needs a discharge reason (the clinic extension discharge-reason).');
    }
  }
  return {
    fields,
    status: treatment.status,
    dischargedOn: treatment.status === 'discharged' ? (treatment.dischargedOn ?? null) : null,
    dischargeReason: treatment.status === 'discharged' ? (treatment.dischargeReason ?? null) : null,
  };
}

/** The clinic's case-number identifier; else the first identifier with a value (said in a notice). */
function readCaseNumber(resource: Json, path: string, vocabulary: ImportVocabulary, problems: ImportProblems, fieldPaths: Record<string, string>): string | undefined {
  const identifiers = problems.list(resource, 'identifier', path).flatMap((identifier, index) =>
    isObject(identifier) && typeof identifier['value'] === 'string' ? [{ identifier, path: child(child(path, 'identifier'), index) }] : [],
  );
  const clinic = identifiers.find((entry) => entry.identifier['system'] === vocabulary.urls.codeSystem('caseNumber'));
  const chosen = clinic ?? identifiers[0];
  if (!chosen) {
    problems.add(child(path, 'identifier'), 'A case number is required: an identifier with a value.');
    return undefined;
  }
  if (!clinic) {
    problems.notices.push('No CareCircle case number: the Patient\'s first identifier is used as the case number.');
  }
  fieldPaths['caseNumber'] = child(chosen.path, 'value');
  return chosen.identifier['value'] as string;
}

interface Treatment {
  treatmentStart: string | undefined;
  status: ClientStatus;
  dischargedOn: string | undefined;
  dischargeReason: string | undefined;
}

function readTreatment(episode: Located<Json> | undefined, vocabulary: ImportVocabulary, problems: ImportProblems, today: string, fieldPaths: Record<string, string>): Treatment {
  if (!episode) {
    problems.notices.push('No EpisodeOfCare: the treatment starts today and the client is active.');
    fieldPaths['treatmentStart'] = 'entry';
    return { treatmentStart: today, status: 'active', dischargedOn: undefined, dischargeReason: undefined };
  }
  const { value: resource, path } = episode;
  const period = problems.object(resource, 'period', path);
  const periodPath = child(path, 'period');
  fieldPaths['treatmentStart'] = child(periodPath, 'start');
  fieldPaths['dischargedOn'] = child(periodPath, 'end');
  fieldPaths['dischargeReason'] = child(path, 'extension');
  const statusCode = resource['status'];
  const status = typeof statusCode === 'string' ? CLIENT_STATUS_OF_EPISODE[statusCode] : undefined;
  if (!status) {
    problems.add(child(path, 'status'), `Unsupported episode status "${String(statusCode)}": use active, onhold or finished (${Object.values(CLIENT_STATUSES).join(', ')}).`);
  }
  const treatmentStart = period ? problems.date(period, 'start', periodPath) : undefined;
  if (!treatmentStart) {
    problems.add(child(periodPath, 'start'), 'The episode needs its start (the treatment start).');
  }
  return {
    treatmentStart,
    status: status ?? 'active',
    dischargedOn: period ? problems.date(period, 'end', periodPath) : undefined,
    dischargeReason: vocabulary.textExtension(resource, path, 'dischargeReason'),
  };
}
