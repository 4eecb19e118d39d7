import type { Versioned } from '../common/versioned';
import type { CaseloadIndicators } from './caseload-indicators';
import type { ClientStatus, FamilyConsent, PrimaryConcern } from './client-codes';

/** A client record as a therapist or supervisor reads it. */
export interface Client extends Versioned {
  readonly id: string;
  readonly preferredName: string;
  readonly legalName: string;
  readonly dateOfBirth: string;
  readonly caseNumber: string;
  readonly pronouns: string;
  readonly primaryConcerns: readonly PrimaryConcern[];
  readonly treatmentStart: string;
  readonly status: ClientStatus;
  readonly dischargedOn: string | null;
  readonly dischargeReason: string | null;
  readonly familyConsent: FamilyConsent;
  readonly therapistId: string;
  readonly therapistName: string;
}

/** One caseload row: what the table shows, with room for indicator columns later work fills. */
export interface CaseloadRow {
  readonly id: string;
  readonly preferredName: string;
  readonly legalName: string;
  readonly caseNumber: string;
  readonly status: ClientStatus;
  readonly primaryConcerns: readonly PrimaryConcern[];
  readonly treatmentStart: string;
  readonly therapistId: string;
  readonly therapistName: string;
  /** Indicator columns; null for a row the SPA built itself until the next caseload load. */
  readonly indicators: CaseloadIndicators | null;
}

/**
 * What an administrator sees of a client: enough to assign it, no clinical content
 * (no date of birth, concerns or consent).
 */
export interface ClientAssignment {
  readonly id: string;
  readonly preferredName: string;
  readonly legalName: string;
  readonly caseNumber: string;
  readonly status: ClientStatus;
  readonly therapistId: string;
  readonly therapistName: string;
  readonly version: number;
}
