import type { CaseloadIndicators } from '@domain/clients/caseload-indicators';
import type { CaseloadRow, Client, ClientAssignment } from '@domain/clients/client';
import type { PrimaryConcern } from '@domain/clients/client-codes';
import type { ClientRowWithTherapist } from '../access/scoped-client';
import type { ClientRow } from '../db/database';

/** The columns a caseload row (or an admin's assignment row) shows: a page reads no more. */
export const CASELOAD_CLIENT_COLUMNS = [
  'id',
  'preferred_name',
  'legal_name',
  'case_number',
  'status',
  'treatment_start',
  'family_consent',
  'therapist_id',
  'version',
] as const satisfies readonly (keyof ClientRow)[];

export type CaseloadClientRow = Pick<ClientRowWithTherapist, (typeof CASELOAD_CLIENT_COLUMNS)[number] | 'therapist_name'>;

export function toClient(row: ClientRowWithTherapist, concerns: readonly string[]): Client {
  return {
    id: row.id,
    preferredName: row.preferred_name,
    legalName: row.legal_name,
    dateOfBirth: row.date_of_birth,
    caseNumber: row.case_number,
    pronouns: row.pronouns,
    primaryConcerns: [...concerns].sort() as PrimaryConcern[],
    treatmentStart: row.treatment_start,
    status: row.status,
    dischargedOn: row.discharged_on,
    dischargeReason: row.discharge_reason,
    familyConsent: row.family_consent,
    therapistId: row.therapist_id,
    therapistName: row.therapist_name,
    version: row.version,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

export function toCaseloadRow(row: CaseloadClientRow, concerns: readonly string[], indicators: CaseloadIndicators | null): CaseloadRow {
  return {
    id: row.id,
    preferredName: row.preferred_name,
    legalName: row.legal_name,
    caseNumber: row.case_number,
    status: row.status,
    primaryConcerns: [...concerns].sort() as PrimaryConcern[],
    treatmentStart: row.treatment_start,
    therapistId: row.therapist_id,
    therapistName: row.therapist_name,
    indicators,
  };
}

export function toClientAssignment(row: CaseloadClientRow): ClientAssignment {
  return {
    id: row.id,
    preferredName: row.preferred_name,
    legalName: row.legal_name,
    caseNumber: row.case_number,
    status: row.status,
    therapistId: row.therapist_id,
    therapistName: row.therapist_name,
    version: row.version,
  };
}

export function assignmentOf(client: Client): ClientAssignment {
  const { id, preferredName, legalName, caseNumber, status, therapistId, therapistName, version } = client;
  return { id, preferredName, legalName, caseNumber, status, therapistId, therapistName, version };
}

/** Names of the client fields that differ between two versions (for the audit trail; no values). */
export function changedClientFields(before: Client, after: Client): string[] {
  const ignored = new Set(['version', 'updatedAt', 'updatedBy', 'therapistName']);
  return (Object.keys(after) as (keyof Client)[]).filter(
    (key) => !ignored.has(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}
