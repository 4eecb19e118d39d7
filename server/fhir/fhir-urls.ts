/**
 * The clinic's FHIR vocabulary, listed once: every extension and code system CareCircle defines
 * lives under the clinic's base URL (config `fhirBaseUrl`), and every mapper takes its URLs from
 * here. Codes from HL7 and LOINC are used only where a code that means the same thing exists
 * (hl7-codes.ts lists those); the rest are the clinic's own.
 */
export const CLINIC_EXTENSIONS = {
  /** Patient: the client's pronouns (R4 has no element for them). */
  pronouns: 'pronouns',
  /** Patient: each primary concern (clinic code system `primary-concern`). */
  primaryConcern: 'primary-concern',
  /** Patient: the client's overall consent to family involvement. */
  familyInvolvementConsent: 'family-involvement-consent',
  /** EpisodeOfCare: why treatment ended. */
  dischargeReason: 'discharge-reason',
  /** CareTeam.participant: each kind of support the member gives (emotional, informational, …). */
  supportType: 'support-type',
  /** CareTeam.participant: tie strength (strong, moderate, weak). */
  tieStrength: 'tie-strength',
  /** CareTeam.participant: tie quality (supportive, mixed, strained, harmful). */
  tieQuality: 'tie-quality',
  /** CareTeam.participant: direction of energy or resource flow. */
  energyFlow: 'energy-flow',
  /** CareTeam.participant: how often they are in contact. */
  contactFrequency: 'contact-frequency',
  /** CareTeam.participant: involvement in treatment. */
  treatmentInvolvement: 'treatment-involvement',
  /** RelatedPerson: lives with the client. */
  livesWithClient: 'lives-with-client',
  /** RelatedPerson: an emergency contact. */
  emergencyContact: 'emergency-contact',
  /** RelatedPerson: the boundaries the client keeps with this person. */
  boundariesNote: 'boundaries-note',
  /** RelatedPerson: why the tie ended. */
  endReason: 'end-reason',
  /** Consent: the scope the clinician wrote down (what may be shared). */
  consentScope: 'consent-scope',
  /** Encounter: the family session's own status (R4 has no "no-show" encounter status). */
  sessionStatus: 'session-status',
  /** Encounter: the session's modality (in person, video, phone). */
  sessionModality: 'session-modality',
  /** Encounter.participant: invited, attended, absent, late. */
  attendance: 'attendance',
  /** Encounter: recorded text (goals, summary, interventions, outcomes). */
  sessionGoals: 'session-goals',
  sessionSummary: 'session-summary',
  sessionInterventions: 'session-interventions',
  sessionOutcomes: 'session-outcomes',
  /** Encounter, clinical-only: observations about family dynamics. */
  sessionDynamicsObservations: 'session-dynamics-observations',
  /** Encounter, clinical-only: risk concerns, and their review. */
  sessionRiskConcerns: 'session-risk-concerns',
  sessionRiskReview: 'session-risk-review',
  /** Encounter, clinical-only: why a session went ahead although the client declined family involvement. */
  sessionDeclinedConsentReason: 'session-declined-consent-reason',
  /** Encounter: a follow-up (complex: what, owner, due, done). */
  followUp: 'follow-up',
  /** QuestionnaireResponse: entered by a clinician or sent in through a self-report link. */
  measureSource: 'measure-source',
  /** DocumentReference: why a support note was amended. */
  amendmentReason: 'amendment-reason',
} as const;
export type ClinicExtension = keyof typeof CLINIC_EXTENSIONS;

export const CLINIC_CODE_SYSTEMS = {
  caseNumber: 'case-number',
  primaryConcern: 'primary-concern',
  familyConsent: 'family-consent',
  relationship: 'relationship',
  supportType: 'support-type',
  tieStrength: 'tie-strength',
  tieQuality: 'tie-quality',
  energyFlow: 'energy-flow',
  contactFrequency: 'contact-frequency',
  treatmentInvolvement: 'treatment-involvement',
  sessionType: 'session-type',
  sessionStatus: 'session-status',
  modality: 'session-modality',
  attendance: 'attendance',
  followUpOwner: 'follow-up-owner',
  measureSource: 'measure-source',
  /** Items, answers and scores of the three instruments (no LOINC codes could be verified for most). */
  instrument: 'instrument',
  /** Interpretation bands of the instruments' totals. */
  band: 'measure-band',
  clientFlag: 'client-flag',
  /** DocumentReference.type: the kind of note (support note). */
  noteType: 'note-type',
} as const;
export type ClinicCodeSystem = keyof typeof CLINIC_CODE_SYSTEMS;

/** Extensions that carry clinical-only session fields (CLINICAL_ONLY_FIELDS): never in a family copy. */
export const CLINICAL_ONLY_EXTENSIONS = [
  'sessionDynamicsObservations',
  'sessionRiskConcerns',
  'sessionRiskReview',
  'sessionDeclinedConsentReason',
] as const satisfies readonly ClinicExtension[];

/** The URLs of one clinic's vocabulary and resources, on its base URL. */
export class FhirUrls {
  constructor(readonly base: string) {}

  extension(name: ClinicExtension): string {
    return `${this.base}/StructureDefinition/${CLINIC_EXTENSIONS[name]}`;
  }

  codeSystem(name: ClinicCodeSystem): string {
    return `${this.base}/CodeSystem/${CLINIC_CODE_SYSTEMS[name]}`;
  }

  /** The canonical URL of one of the clinic's questionnaires. */
  questionnaire(code: string): string {
    return `${this.base}/Questionnaire/${code}`;
  }

  /** A resource's full URL in a bundle (references inside it are relative: `Patient/<id>`). */
  fullUrl(resourceType: string, id: string): string {
    return `${this.base}/${resourceType}/${id}`;
  }
}
