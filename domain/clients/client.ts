import { versionedShape } from '../common/versioned';
import * as z from '../validation/z';
import { caseloadIndicatorsSchema } from './caseload-indicators';
import { CLIENT_STATUS_CODES, FAMILY_CONSENT_CODES, PRIMARY_CONCERN_CODES } from './client-codes';

/** A client record as a therapist or supervisor reads it. */
export const clientSchema = z.object({
  id: z.string(),
  preferredName: z.string(),
  legalName: z.string(),
  dateOfBirth: z.string(),
  caseNumber: z.string(),
  pronouns: z.string(),
  primaryConcerns: z.array(z.enum(PRIMARY_CONCERN_CODES)).readonly(),
  treatmentStart: z.string(),
  status: z.enum(CLIENT_STATUS_CODES),
  dischargedOn: z.string().nullable(),
  dischargeReason: z.string().nullable(),
  familyConsent: z.enum(FAMILY_CONSENT_CODES),
  therapistId: z.string(),
  therapistName: z.string(),
  ...versionedShape,
});
export type Client = z.infer<typeof clientSchema>;

/** One caseload row: what the table shows, with room for indicator columns later work fills. */
export const caseloadRowSchema = z.object({
  id: z.string(),
  preferredName: z.string(),
  legalName: z.string(),
  caseNumber: z.string(),
  status: z.enum(CLIENT_STATUS_CODES),
  primaryConcerns: z.array(z.enum(PRIMARY_CONCERN_CODES)).readonly(),
  treatmentStart: z.string(),
  therapistId: z.string(),
  therapistName: z.string(),
  /** Indicator columns; null for a row the SPA built itself until the next caseload load. */
  indicators: caseloadIndicatorsSchema.nullable(),
});
export type CaseloadRow = z.infer<typeof caseloadRowSchema>;

/**
 * What an administrator sees of a client: enough to assign it, no clinical content
 * (no date of birth, concerns or consent).
 */
export const clientAssignmentSchema = z.object({
  id: z.string(),
  preferredName: z.string(),
  legalName: z.string(),
  caseNumber: z.string(),
  status: z.enum(CLIENT_STATUS_CODES),
  therapistId: z.string(),
  therapistName: z.string(),
  version: z.number().int(),
});
export type ClientAssignment = z.infer<typeof clientAssignmentSchema>;
