import type { FamilyCopy, FamilySession, FollowUp } from './family-session';

/** One revision of a completed session: the session as saved, who saved it and why. */
export interface SessionRevision {
  readonly version: number;
  readonly recordedAt: string;
  readonly recordedByName: string;
  readonly reason: string | null;
  readonly session: FamilySession;
}

/** What a print view renders: the chosen copy plus the header facts for paper. */
export interface SessionPrintout {
  readonly copy: 'clinician' | 'family';
  readonly session: FamilySession | FamilyCopy;
  readonly client: { readonly preferredName: string; readonly caseNumber: string };
  readonly clinicianName: string;
  readonly printedAt: string;
}

/** One row of the therapist's agenda across clients. */
export interface AgendaEntry {
  readonly session: FamilySession;
  readonly client: { readonly id: string; readonly preferredName: string; readonly caseNumber: string };
}

/** An open follow-up on the client Overview, with the session it came from. */
export interface OpenFollowUp extends FollowUp {
  readonly sessionId: string;
  readonly sessionStartsAt: string;
}
