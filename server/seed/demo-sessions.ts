import type { Insertable } from 'kysely';
import type { FamilySession, FollowUp, SessionAttendee } from '@domain/sessions/family-session';
import { SESSION_TYPE_CODES, type SessionStatus } from '@domain/sessions/session-codes';
import type { FamilySessionRevisionsTable, FamilySessionsTable, NewClientRow } from '../db/database';
import type { DemoNetwork } from './demo-network';
import type { SeededRandom } from './seeded-random';

const DAY = 86_400_000;

const SUMMARIES = [
  'Family discussed how to share morning routines; agreed on a rota.',
  'Reviewed the relapse-prevention plan with the partner present.',
  'Psychoeducation on depression and how family can respond to withdrawal.',
  'Network meeting to coordinate support after discharge from day hospital.',
  'Explored communication patterns; practised a calm check-in script.',
];
const FOLLOW_UPS = ['Share the crisis plan with the family', 'Book a joint appointment with the GP', 'Client to call sponsor twice a week', 'Send psychoeducation leaflet'];

export interface DemoSessions {
  readonly sessions: Insertable<FamilySessionsTable>[];
  readonly revisions: Insertable<FamilySessionRevisionsTable>[];
}

/**
 * Family sessions across a demo client's treatment: completed ones every few weeks (a few cancelled
 * or no-show), with attendance and follow-ups, and one or two planned ahead for active clients.
 */
export function generateDemoSessions(random: SeededRandom, client: NewClientRow, network: DemoNetwork, now: Date): DemoSessions {
  const result: DemoSessions = { sessions: [], revisions: [] };
  const start = Date.parse(`${client.treatment_start}T00:00:00Z`);
  const end = client.discharged_on ? Date.parse(`${client.discharged_on}T00:00:00Z`) : now.getTime();
  const invitable = network.members.filter((member) => member.category === 'family' || member.category === 'friends');
  const therapist = client.therapist_id;

  const add = (at: number, status: SessionStatus) => {
    const startsAt = new Date(Math.floor(at / (30 * 60_000)) * 30 * 60_000);
    startsAt.setUTCHours(random.integer(9, 16), random.pick([0, 30]), 0, 0);
    const durationMinutes = random.pick([50, 60, 60, 90]);
    const invited = invitable.filter(() => random.next() < 0.5).slice(0, 4);
    const attendees: SessionAttendee[] = invited.map((member) => ({
      kind: 'member',
      id: member.id!,
      name: member.name!,
      attendance: status === 'completed' ? random.pick(['attended', 'attended', 'attended', 'late', 'absent'] as const) : 'invited',
    }));
    const followUps: FollowUp[] =
      status === 'completed' && random.next() < 0.6
        ? [{ id: random.uuid(), what: random.pick(FOLLOW_UPS), ownerKind: random.pick(['client', 'clinician'] as const), ownerMemberId: null, dueOn: new Date(startsAt.getTime() + 14 * DAY).toISOString().slice(0, 10), done: startsAt.getTime() + 21 * DAY < now.getTime() }]
        : [];
    const completed = status === 'completed';
    const id = random.uuid();
    const createdAt = new Date(startsAt.getTime() - 7 * DAY).toISOString();
    const updatedAt = completed ? new Date(startsAt.getTime() + 3 * 3_600_000).toISOString() : createdAt;
    const row: Insertable<FamilySessionsTable> = {
      id,
      client_id: client.id,
      therapist_id: therapist,
      type: random.pick(SESSION_TYPE_CODES),
      modality: random.pick(['in-person', 'in-person', 'video', 'phone'] as const),
      starts_at: startsAt.toISOString(),
      ends_at: new Date(startsAt.getTime() + durationMinutes * 60_000).toISOString(),
      duration_minutes: durationMinutes,
      location: 'Riverside clinic, room 2',
      status,
      attendees: JSON.stringify(attendees),
      goals: 'Strengthen practical and emotional support at home.',
      summary: completed ? random.pick(SUMMARIES) : '',
      interventions: completed ? 'Psychoeducation; communication skills practice' : '',
      dynamics_observations: completed ? 'Family members took turns; less interrupting than last time.' : '',
      outcomes: completed ? 'Agreed next steps.' : '',
      risk_concerns: '',
      follow_ups: JSON.stringify(followUps),
      amended: 0,
      version: completed ? 2 : 1,
      created_at: createdAt,
      created_by: therapist,
      updated_at: updatedAt,
      updated_by: therapist,
    };
    result.sessions.push(row);
    if (completed) {
      const snapshot: Partial<FamilySession> = { id, clientId: client.id, status, summary: row.summary, followUps, attendees, version: 2 };
      result.revisions.push({ id: random.uuid(), session_id: id, version: 2, recorded_at: updatedAt, recorded_by: therapist, reason: null, snapshot: JSON.stringify(snapshot) });
    }
  };

  for (let at = start + random.integer(7, 30) * DAY; at < Math.min(end, now.getTime() - DAY); at += random.integer(14, 42) * DAY) {
    const roll = random.next();
    add(at, roll < 0.82 ? 'completed' : roll < 0.92 ? 'cancelled' : 'no-show');
  }
  if (client.status === 'active') {
    add(now.getTime() + random.integer(2, 20) * DAY, 'planned');
    if (random.next() < 0.4) {
      add(now.getTime() + random.integer(25, 50) * DAY, 'planned');
    }
  }
  return result;
}
