import type { Versioned } from '../common/versioned';
import type { Attendance, FollowUpOwnerKind, Modality, SessionStatus, SessionType } from './session-codes';

export interface SessionAttendee {
  /** A network member of the client, or a co-facilitating clinician. */
  readonly kind: 'member' | 'clinician';
  readonly id: string;
  readonly name: string;
  readonly attendance: Attendance;
}

export interface FollowUp {
  readonly id: string;
  readonly what: string;
  readonly ownerKind: FollowUpOwnerKind;
  /** The member who owns it, when ownerKind is 'member'. */
  readonly ownerMemberId: string | null;
  readonly dueOn: string;
  readonly done: boolean;
}

/** What is recorded about a session. The two clinical-only fields never reach a family copy. */
export interface SessionRecord {
  readonly goals: string;
  readonly summary: string;
  readonly interventions: string;
  /** Observations about family dynamics: clinical-only. */
  readonly dynamicsObservations: string;
  readonly outcomes: string;
  /** Risk concerns: clinical-only. */
  readonly riskConcerns: string;
  readonly followUps: readonly FollowUp[];
}

export interface FamilySession extends SessionRecord, Versioned {
  readonly id: string;
  readonly clientId: string;
  readonly therapistId: string;
  readonly type: SessionType;
  readonly modality: Modality;
  /** ISO 8601 UTC instant. */
  readonly startsAt: string;
  readonly durationMinutes: number;
  readonly location: string;
  readonly status: SessionStatus;
  readonly attendees: readonly SessionAttendee[];
  /** Completed sessions change only by amendment; true once one was made. */
  readonly amended: boolean;
  /** Why it was planned although the client declined family involvement; null when the client had not. */
  readonly declinedConsentReason: string | null;
  /** A clinician's review of the risk concerns; null until reviewed, and again once they change. */
  readonly riskReview: RiskReview | null;
}

export interface RiskReview {
  readonly reviewedAt: string;
  readonly reviewedBy: string;
  readonly note: string;
}

/**
 * The "risk noted" rule, in one place: risk concerns recorded in a session stand until a clinician
 * reviews them (server/measures/flag-sql.ts holds its SQL twin).
 */
export const raisesRiskFlag = (session: Pick<FamilySession, 'riskConcerns' | 'riskReview'>): boolean =>
  session.riskConcerns.trim() !== '' && session.riskReview === null;

/** Fields a family copy must never contain. */
export const CLINICAL_ONLY_FIELDS = ['dynamicsObservations', 'riskConcerns', 'riskReview', 'declinedConsentReason'] as const satisfies readonly (keyof FamilySession)[];

export type FamilyCopy = Omit<FamilySession, (typeof CLINICAL_ONLY_FIELDS)[number]>;
