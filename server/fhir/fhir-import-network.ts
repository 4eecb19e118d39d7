import {
  CONTACT_FREQUENCY_CODES,
  ENERGY_FLOW_CODES,
  type Relationship,
  RELATIONSHIP_CODES,
  SUPPORT_TYPE_CODES,
  TIE_QUALITY_CODES,
  TIE_STRENGTH_CODES,
  TREATMENT_INVOLVEMENT_CODES,
} from '@domain/network/network-codes';
import type { NetworkMemberFacts } from '@domain/network/network-member';
import { networkMemberFieldsSchema } from '@domain/network/network-member-requests';
import { TEXT_LIMITS } from '@domain/validation/text-limits';
import { HL7, RELATIONSHIP_ROLE_CODES } from './hl7-codes';
import { child, type ImportProblems, isObject, type Json, nameText } from './fhir-import-json';
import type { ImportVocabulary, Located } from './fhir-import-vocabulary';

/** The reverse of RELATIONSHIP_ROLE_CODES, plus the RoleCodes the export never writes but others do. */
const RELATIONSHIP_OF_ROLE_CODE: Readonly<Record<string, Relationship>> = {
  ...Object.fromEntries(Object.entries(RELATIONSHIP_ROLE_CODES).map(([relationship, coding]) => [coding!.code!, relationship as Relationship])),
  MTH: 'parent',
  FTH: 'parent',
  SPS: 'partner',
  HUSB: 'partner',
  WIFE: 'partner',
  DOMPART: 'partner',
  SON: 'child',
  DAU: 'child',
  BRO: 'sibling',
  SIS: 'sibling',
  GRMTH: 'grandparent',
  GRFTH: 'grandparent',
};

/** What a foreign bundle without the clinic's CareTeam extensions leaves unknown: recorded neutrally, said in a notice. */
const DEFAULT_TIE = { tieStrength: 'moderate', tieQuality: 'mixed', contactFrequency: 'less-often' } as const;

/**
 * Network members from the RelatedPersons of the client, with the tie facts of their CareTeam
 * participant and the consent of their Consent (export: related-person, care-team and consent
 * mappings). Each member is checked with the network form's own schema.
 */
export function readMembers(
  people: readonly Located<Json>[],
  careTeams: readonly Located<Json>[],
  consents: readonly Located<Json>[],
  vocabulary: ImportVocabulary,
  problems: ImportProblems,
  today: string,
  treatmentStart: string | undefined,
): Map<string, NetworkMemberFacts> {
  const participants = participantsByMember(careTeams);
  const consentsByMember = consentsByPerson(consents, problems);
  const members = new Map<string, NetworkMemberFacts>();
  let defaulted = 0;
  for (const person of people) {
    const { value: resource, path } = person;
    const id = resource['id'] as string;
    const relationship = readRelationship(resource, path, vocabulary, problems);
    const participant = participants.get(`RelatedPerson/${id}`);
    if (!participant) {
      defaulted++;
    }
    const period = problems.object(resource, 'period', path) ?? {};
    const periodPath = child(path, 'period');
    const activeFrom = problems.date(period, 'start', periodPath) ?? treatmentStart;
    const endedOn = problems.date(period, 'end', periodPath) ?? null;
    const consent = consentsByMember.get(`RelatedPerson/${id}`);
    const names = problems.list(resource, 'name', path).filter(isObject);
    const candidate = {
      name: names[0] ? nameText(names[0]) : undefined,
      relationship,
      livesWithClient: vocabulary.booleanExtension(resource, path, 'livesWithClient'),
      emergencyContact: vocabulary.booleanExtension(resource, path, 'emergencyContact'),
      boundariesNote: vocabulary.textExtension(resource, path, 'boundariesNote') ?? '',
      activeFrom,
      ...(participant ? readTie(participant, vocabulary) : DEFAULT_TIE),
      consent: consent ? readConsent(consent, vocabulary, problems) : { status: 'not-asked' },
    };
    const parsed = networkMemberFieldsSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        const where = { name: child(path, 'name'), relationship: child(path, 'relationship'), activeFrom: child(periodPath, 'start') }[field];
        const owner = field === 'consent' ? consent?.path : where ?? participant?.path ?? path;
        problems.addUnlessReported(owner ?? path, `${[field, ...issue.path.slice(1)].join('.')}: ${issue.message}`);
      }
      continue;
    }
    const endReason = endedOn ? (vocabulary.textExtension(resource, path, 'endReason') ?? null) : null;
    if (endedOn && (endedOn < parsed.data.activeFrom || endedOn > today)) {
      problems.add(child(periodPath, 'end'), 'The end must lie between the start and today.');
    }
    if (endedOn && !endReason) {
      problems.add(child(path, 'extension'), 'An ended relationship needs its reason (the clinic extension end-reason).');
    }
    if (endReason && endReason.length > TEXT_LIMITS.shortText) {
      problems.add(child(path, 'extension'), `The end reason must be at most ${TEXT_LIMITS.shortText} characters.`);
    }
    members.set(id, { ...parsed.data, endedOn, endReason });
  }
  if (defaulted > 0) {
    problems.notices.push(
      `${defaulted} ${defaulted === 1 ? 'person has' : 'people have'} no support-network entry (CareTeam participant) in the bundle: ` +
        'tie strength, quality and contact frequency are recorded as moderate, mixed and less often. Review them after importing.',
    );
  }
  return members;
}

/** The clinic's relationship code; else an HL7 v3 RoleCode that maps to one; anything else is an unknown code. */
function readRelationship(resource: Json, path: string, vocabulary: ImportVocabulary, problems: ImportProblems): Relationship | undefined {
  const [concept] = problems.list(resource, 'relationship', path);
  const conceptPath = child(child(path, 'relationship'), 0);
  if (!isObject(concept)) {
    problems.add(child(path, 'relationship'), 'A relationship is required.');
    return undefined;
  }
  const codings = vocabulary.codings(concept, conceptPath);
  const clinic = codings.find((coding) => coding.value['system'] === vocabulary.urls.codeSystem('relationship'));
  if (clinic) {
    return vocabulary.code(clinic.value, clinic.path, 'relationship', RELATIONSHIP_CODES);
  }
  const hl7 = codings.find((coding) => coding.value['system'] === HL7.roleCode);
  const mapped = hl7 ? RELATIONSHIP_OF_ROLE_CODE[String(hl7.value['code'])] : undefined;
  if (!mapped) {
    problems.add(conceptPath, 'Unknown relationship: use a CareCircle relationship code or an HL7 v3 RoleCode for family, friend or neighbour.');
  }
  return mapped;
}

function participantsByMember(careTeams: readonly Located<Json>[]): Map<string, Located<Json>> {
  const result = new Map<string, Located<Json>>();
  for (const team of careTeams) {
    (Array.isArray(team.value['participant']) ? team.value['participant'] : []).forEach((participant, index) => {
      const member = isObject(participant) && isObject(participant['member']) ? participant['member']['reference'] : undefined;
      if (typeof member === 'string') {
        result.set(member, { value: participant as Json, path: child(child(team.path, 'participant'), index) });
      }
    });
  }
  return result;
}

/** A participant's tie facts; one without the required ones fails the member's schema at the participant's path. */
function readTie(participant: Located<Json>, vocabulary: ImportVocabulary) {
  const { value, path } = participant;
  return {
    supportTypes: vocabulary.codedExtensions(value, path, 'supportType', 'supportType', SUPPORT_TYPE_CODES),
    tieStrength: vocabulary.codedExtension(value, path, 'tieStrength', 'tieStrength', TIE_STRENGTH_CODES),
    tieQuality: vocabulary.codedExtension(value, path, 'tieQuality', 'tieQuality', TIE_QUALITY_CODES),
    energyFlow: vocabulary.codedExtension(value, path, 'energyFlow', 'energyFlow', ENERGY_FLOW_CODES),
    contactFrequency: vocabulary.codedExtension(value, path, 'contactFrequency', 'contactFrequency', CONTACT_FREQUENCY_CODES),
    involvement: vocabulary.codedExtension(value, path, 'treatmentInvolvement', 'treatmentInvolvement', TREATMENT_INVOLVEMENT_CODES),
  };
}

function consentsByPerson(consents: readonly Located<Json>[], problems: ImportProblems): Map<string, Located<Json>> {
  const result = new Map<string, Located<Json>>();
  for (const consent of consents) {
    const provision = problems.object(consent.value, 'provision', consent.path);
    const actors = provision ? problems.list(provision, 'actor', child(consent.path, 'provision')) : [];
    const reference = actors.flatMap((actor) => (isObject(actor) && isObject(actor['reference']) ? [actor['reference']['reference']] : []))[0];
    if (typeof reference !== 'string' || !reference.startsWith('RelatedPerson/')) {
      problems.add(child(consent.path, 'provision'), 'A consent must name the RelatedPerson it is for (provision.actor.reference).');
      continue;
    }
    result.set(reference, consent);
  }
  return result;
}

/** The reverse of consent-mapping.ts: permit → granted, deny → declined, the period as given/expires. */
function readConsent(consent: Located<Json>, vocabulary: ImportVocabulary, problems: ImportProblems) {
  const { value, path } = consent;
  const provision = (problems.object(value, 'provision', path) ?? {}) as Json;
  const provisionPath = child(path, 'provision');
  const type = provision['type'];
  if (type !== 'permit' && type !== 'deny') {
    problems.add(child(provisionPath, 'type'), 'Must be permit or deny.');
  }
  const period = problems.object(provision, 'period', provisionPath) ?? {};
  return {
    status: type === 'deny' ? 'declined' : 'granted',
    scope: vocabulary.textExtension(value, path, 'consentScope') ?? '',
    givenOn: problems.date(period, 'start', child(provisionPath, 'period')) ?? null,
    expiresOn: problems.date(period, 'end', child(provisionPath, 'period')) ?? null,
  };
}
