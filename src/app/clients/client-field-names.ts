/** The words clinicians use for the fields of a client record (history entries, conflict details). */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  preferredName: 'preferred name',
  legalName: 'legal name',
  dateOfBirth: 'date of birth',
  caseNumber: 'case number',
  pronouns: 'pronouns',
  primaryConcerns: 'primary concerns',
  treatmentStart: 'treatment start',
  status: 'status',
  dischargedOn: 'discharge date',
  dischargeReason: 'discharge reason',
  familyConsent: 'family-involvement consent',
  therapistId: 'therapist',
};

/** `preferredName` → "preferred name"; a field this map does not know is split at its capitals. */
export function humanFieldName(field: string): string {
  return FIELD_NAMES[field] ?? field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}
