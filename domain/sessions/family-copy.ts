import { CLINICAL_ONLY_FIELDS, type FamilyCopy, type FamilySession } from './family-session';

/**
 * The version of a session a family may take home: everything but the clinical-only fields.
 * Built by removing the listed fields, so a clinical field added later is left out only if listed
 * there; the spec checks the list against the record's fields.
 */
export function familyCopyOf(session: FamilySession): FamilyCopy {
  const copy: Record<string, unknown> = { ...session };
  for (const field of CLINICAL_ONLY_FIELDS) {
    delete copy[field];
  }
  return copy as FamilyCopy;
}
