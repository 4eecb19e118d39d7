import type { FamilySession } from '@domain/sessions/family-session';
import type { AgendaEntry } from '@domain/sessions/session-views';
import { agendaAdapter, initialAgendaState, type AgendaState } from '../agenda.feature';

/** Spec helpers for the agenda and the printout (never imported by the app). */
export const CLIENT_ID = '0190a1b2-1111-7000-8000-000000000001';
export const THERAPIST_ID = '0190a1b2-0000-7000-8000-000000000009';
export const MEMBER_ID = '0190a1b2-2222-7000-8000-000000000001';

/** An instant at a local wall-clock time, so specs pass in every time zone. */
export function localInstant(
  year: number,
  month: number,
  day: number,
  hours = 0,
  minutes = 0,
): string {
  return new Date(year, month - 1, day, hours, minutes).toISOString();
}

export function familySessionWith(changes: Partial<FamilySession> = {}): FamilySession {
  return {
    id: '0190a1b2-4444-7000-8000-000000000001',
    clientId: CLIENT_ID,
    therapistId: THERAPIST_ID,
    type: 'family-session',
    modality: 'in-person',
    startsAt: localInstant(2026, 12, 3, 14, 0),
    durationMinutes: 60,
    location: 'Riverside clinic, room 2',
    status: 'planned',
    attendees: [{ kind: 'member', id: MEMBER_ID, name: 'Jo Example', attendance: 'invited' }],
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

/** Agenda entry number `index`: a session of its own for a client of its own. */
export function agendaEntryNumber(
  index: number,
  changes: Partial<FamilySession> = {},
): AgendaEntry {
  const clientId = `0190a1b2-1111-7000-8000-${String(index).padStart(12, '0')}`;
  return {
    session: familySessionWith({
      id: `0190a1b2-4444-7000-8000-${String(index).padStart(12, '0')}`,
      clientId,
      ...changes,
    }),
    client: {
      id: clientId,
      preferredName: `Client ${index}`,
      caseNumber: `CC-2026-${String(index).padStart(4, '0')}`,
    },
  };
}

export function agendaStateWith(
  entries: readonly AgendaEntry[],
  changes: Partial<AgendaState> = {},
): AgendaState {
  return agendaAdapter.setAll([...entries], { ...initialAgendaState, ...changes });
}
