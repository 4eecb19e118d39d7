import type { FamilySession } from '@domain/sessions/family-session';
import type { OpenFollowUp, SessionRevision } from '@domain/sessions/session-views';
import { CLIENT_ID, memberNumber, THERAPIST_ID } from '../../network/testing/network-fixtures';
import { initialSessionsState, sessionsAdapter, type SessionsState } from '../sessions.feature';

/** Spec helpers for the sessions slice only (never imported by the app). */
export { CLIENT_ID, THERAPIST_ID };

/** A network member with consent, and one never asked. */
export const CONSENTING = memberNumber(1, { name: 'Jo Example' });
export const UNASKED = memberNumber(2, {
  name: 'Uncle Ben',
  consent: { status: 'not-asked', scope: '', givenOn: null, expiresOn: null },
});

export function sessionWith(changes: Partial<FamilySession> = {}): FamilySession {
  return {
    id: '0190a1b2-4444-7000-8000-000000000001',
    clientId: CLIENT_ID,
    therapistId: THERAPIST_ID,
    type: 'family-session',
    modality: 'in-person',
    startsAt: '2026-12-01T14:00:00.000Z',
    durationMinutes: 60,
    location: 'Room 3',
    status: 'planned',
    attendees: [
      { kind: 'member', id: CONSENTING.id, name: CONSENTING.name, attendance: 'invited' },
    ],
    goals: 'Agree on support for mornings',
    summary: '',
    interventions: '',
    dynamicsObservations: '',
    outcomes: '',
    riskConcerns: '',
    followUps: [],
    amended: false,
    declinedConsentReason: null,
    riskReview: null,
    version: 1,
    createdAt: '2026-11-20T10:00:00.000Z',
    createdBy: THERAPIST_ID,
    updatedAt: '2026-11-20T10:00:00.000Z',
    updatedBy: THERAPIST_ID,
    ...changes,
  };
}

/** Session number `index`, with an id of its own. */
export function sessionNumber(index: number, changes: Partial<FamilySession> = {}): FamilySession {
  return sessionWith({
    id: `0190a1b2-4444-7000-8000-${String(index).padStart(12, '0')}`,
    ...changes,
  });
}

/** A session recorded as it happened. */
export function completedSession(changes: Partial<FamilySession> = {}): FamilySession {
  return sessionWith({
    startsAt: '2026-11-24T14:00:00.000Z',
    status: 'completed',
    attendees: [
      { kind: 'member', id: CONSENTING.id, name: CONSENTING.name, attendance: 'attended' },
    ],
    summary: 'Sister will drive on Tuesdays.',
    interventions: 'Problem solving',
    dynamicsObservations: 'Sister speaks for the client',
    outcomes: 'Plan agreed',
    riskConcerns: 'None acute',
    followUps: [
      {
        id: '0190a1b2-5555-7000-8000-000000000001',
        what: 'Send the plan to the sister',
        ownerKind: 'member',
        ownerMemberId: CONSENTING.id,
        dueOn: '2026-12-08',
        done: false,
      },
    ],
    version: 2,
    ...changes,
  });
}

export function openFollowUpWith(changes: Partial<OpenFollowUp> = {}): OpenFollowUp {
  return {
    id: '0190a1b2-5555-7000-8000-000000000001',
    what: 'Send the plan to the sister',
    ownerKind: 'member',
    ownerMemberId: CONSENTING.id,
    dueOn: '2026-12-08',
    done: false,
    sessionId: '0190a1b2-4444-7000-8000-000000000001',
    sessionStartsAt: '2026-11-24T14:00:00.000Z',
    ...changes,
  };
}

export function revisionWith(changes: Partial<SessionRevision> = {}): SessionRevision {
  return {
    version: 2,
    recordedAt: '2026-11-24T17:00:00.000Z',
    recordedByName: 'Tess Therapist',
    reason: null,
    session: completedSession(),
    ...changes,
  };
}

/** The sessions slice of one client with these sessions loaded, and today's members. */
export function sessionsStateShowing(
  sessions: readonly FamilySession[],
  changes: Partial<SessionsState> = {},
): SessionsState {
  return {
    ...sessionsAdapter.setAll([...sessions], {
      ...initialSessionsState,
      clientId: CLIENT_ID,
      loadStatus: 'loaded' as const,
      members: [CONSENTING, UNASKED],
      membersStatus: 'loaded' as const,
    }),
    ...changes,
  };
}
