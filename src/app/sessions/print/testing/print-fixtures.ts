import { familyCopyOf } from '@domain/sessions/family-copy';
import type { FamilySession } from '@domain/sessions/family-session';
import type { SessionPrintout } from '@domain/sessions/session-views';
import {
  CLIENT_ID,
  familySessionWith,
  localInstant,
  MEMBER_ID,
} from '../../agenda/testing/agenda-fixtures';

/** Spec helpers for the printout (never imported by the app). */
export { CLIENT_ID, localInstant, MEMBER_ID };

/** A completed session with every section written, two attendees and three follow-ups. */
export function recordedSession(changes: Partial<FamilySession> = {}): FamilySession {
  return familySessionWith({
    status: 'completed',
    version: 2,
    attendees: [
      { kind: 'member', id: MEMBER_ID, name: 'Jo Example', attendance: 'attended' },
      {
        kind: 'clinician',
        id: '0190a1b2-0000-7000-8000-000000000010',
        name: 'Cara Colleague',
        attendance: 'late',
      },
    ],
    goals: 'Agree on support for mornings',
    summary: 'The family agreed a morning rota.',
    interventions: 'Psychoeducation',
    dynamicsObservations: 'Sister spoke over the client twice.',
    outcomes: 'Rota agreed for four weeks.',
    riskConcerns: 'No current risk; crisis plan reviewed.',
    followUps: [
      {
        id: 'f1',
        what: 'Share the crisis plan',
        ownerKind: 'clinician',
        ownerMemberId: null,
        dueOn: '2026-12-17',
        done: false,
      },
      {
        id: 'f2',
        what: 'Call the sponsor',
        ownerKind: 'client',
        ownerMemberId: null,
        dueOn: '2026-12-10',
        done: true,
      },
      {
        id: 'f3',
        what: 'Drive to the next session',
        ownerKind: 'member',
        ownerMemberId: MEMBER_ID,
        dueOn: '2026-12-31',
        done: false,
      },
    ],
    ...changes,
  });
}

export function printoutOf(
  copy: SessionPrintout['copy'],
  session: FamilySession = recordedSession(),
): SessionPrintout {
  const header = { client: { preferredName: 'Alex', caseNumber: 'CC-2026-0042' }, clinicianName: 'Tess Therapist', printedAt: localInstant(2026, 12, 4, 10, 5) };
  return copy === 'family' ? { copy, session: familyCopyOf(session), ...header } : { copy, session, ...header };
}

export const SESSION_ID = recordedSession().id;
