import type { FamilySession } from '@domain/sessions/family-session';
import type { PlanSessionRequest, RecordSessionRequest } from '@domain/sessions/session-requests';

/** What is recorded about a session, without the version it is based on (so it can be re-applied). */
export type SessionRecordFields = Omit<RecordSessionRequest, 'version'>;

/** One change to a session, independent of its version, so it can be sent again after a conflict. */
export type SessionEdit =
  | { readonly kind: 'plan'; readonly plan: PlanSessionRequest }
  | { readonly kind: 'record'; readonly record: SessionRecordFields };

/** A save that met a newer version of the session: the session as it is now, and the user's change. */
export interface SessionConflict {
  readonly current: FamilySession;
  readonly edit: SessionEdit;
}

/**
 * A warning the clinician must accept before the server saves a plan: an invitee without current
 * consent to share information, an overlap with another of their sessions, or a client who declined
 * family involvement.
 */
export interface SessionWarning {
  readonly kind: 'consent' | 'overlap' | 'client-declined';
  /** The invitee the consent warning is about. */
  readonly memberId: string | null;
  readonly message: string;
}
