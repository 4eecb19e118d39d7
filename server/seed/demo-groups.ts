import type { Insertable } from 'kysely';
import { addDays } from '@domain/common/iso-date';
import { scheduledDates } from '@domain/groups/group-schedule';
import type { Database, NewClientRow, NewUserRow } from '../db/database';
import type { SeededRandom } from './seeded-random';

type Row<T extends keyof Database> = Insertable<Database[T]>;

export interface DemoGroups {
  readonly groups: Row<'clinic_groups'>[];
  readonly facilitators: Row<'group_facilitators'>[];
  readonly enrolments: Row<'group_enrolments'>[];
  readonly meetings: Row<'group_meetings'>[];
  readonly attendance: Row<'group_attendance'>[];
}

const PROGRESS_NOTES = [
  'Spoke for the first time about the week; others responded warmly.',
  'Quiet today but stayed for the whole meeting.',
  'Offered practical advice to another member about sleep routines.',
  'Shared a setback with drinking and asked the group for ideas.',
  'Practised the grounding exercise and said it helped.',
  'Talked about reconnecting with a sibling after a long gap.',
  'Arrived late, engaged well in the second half.',
];

const GROUP_NOTES = [
  'Good energy; theme was asking for help. Two members exchanged numbers.',
  'Smaller group because of the weather; focused on coping with the holidays.',
  'Introduced the values exercise; continue next time.',
  'One member upset after the check-in; followed up individually afterwards.',
];

interface GroupPlan {
  readonly name: string;
  readonly kind: string;
  readonly frequency: 'weekly' | 'fortnightly';
  readonly weeksAgo: number;
  readonly weeksAhead: number;
  readonly startTime: string;
  readonly modality: string;
  readonly location: string;
  readonly capacity: number;
  readonly peer: string[];
  readonly createdBy: NewUserRow;
  readonly facilitators: readonly NewUserRow[];
  /** Places by status, in order. */
  readonly places: { enrolled: number; left: number; waiting: number; referred: number; declined: number };
}

/**
 * Two groups with a few months of meetings: a weekly peer-support group and a fortnightly
 * psychoeducation group that is full, with a waiting list. Demo therapists' clients are referred,
 * enrolled, waiting, declined and leaving; past meetings carry attendance, progress notes and
 * group notes, one is cancelled and one moved.
 */
export function generateDemoGroups(random: SeededRandom, users: readonly NewUserRow[], clients: readonly NewClientRow[], now: Date): DemoGroups {
  const today = now.toISOString().slice(0, 10);
  const timestamp = now.toISOString();
  const therapists = users.filter((user) => user.role === 'therapist');
  const supervisors = users.filter((user) => user.role === 'supervisor');
  const admin = users.find((user) => user.role === 'admin')!;
  const result: DemoGroups = { groups: [], facilitators: [], enrolments: [], meetings: [], attendance: [] };
  if (therapists.length < 2 || supervisors.length < 1) {
    return result;
  }
  const plans: GroupPlan[] = [
    {
      name: 'Thursday peer support',
      kind: 'peer-support-group',
      frequency: 'weekly',
      weeksAgo: 16,
      weeksAhead: 12,
      startTime: '18:00',
      modality: 'in-person',
      location: 'Community room, ground floor',
      capacity: 10,
      peer: ['Jordan (peer support worker)'],
      createdBy: supervisors[0]!,
      facilitators: [therapists[0]!],
      places: { enrolled: 6, left: 1, waiting: 0, referred: 2, declined: 1 },
    },
    {
      name: 'Understanding anxiety (psychoeducation)',
      kind: 'psychoeducation-group',
      frequency: 'fortnightly',
      weeksAgo: 14,
      weeksAhead: 8,
      startTime: '10:30',
      modality: 'video',
      location: '',
      capacity: 6,
      peer: [],
      createdBy: admin,
      facilitators: [therapists[1]!, supervisors[supervisors.length - 1]!],
      places: { enrolled: 6, left: 0, waiting: 2, referred: 1, declined: 0 },
    },
  ];
  const used = new Set<string>();
  for (const plan of plans) {
    const groupId = random.uuid();
    // A few months back, so the group has a history of meetings and a stretch still to come.
    const startDate = addDays(today, -7 * plan.weeksAgo - (plan.frequency === 'weekly' ? 1 : 2));
    const endDate = addDays(today, 7 * plan.weeksAhead);
    result.groups.push({
      id: groupId,
      name: plan.name,
      kind: plan.kind,
      frequency: plan.frequency,
      start_date: startDate,
      end_date: endDate,
      start_time: plan.startTime,
      duration_minutes: 90,
      modality: plan.modality,
      location: plan.location,
      capacity: plan.capacity,
      peer_facilitators: JSON.stringify(plan.peer),
      version: 1,
      created_at: timestamp,
      created_by: plan.createdBy.id,
      updated_at: timestamp,
      updated_by: plan.createdBy.id,
    });
    for (const facilitator of plan.facilitators) {
      result.facilitators.push({ group_id: groupId, user_id: facilitator.id });
    }
    const candidates = clients.filter((client) => client.status === 'active' && client.treatment_start <= startDate && !used.has(client.id));
    // Every demo therapist's caseload is represented where possible: walk therapists in turn.
    const byTherapist = therapists.map((therapist) => candidates.filter((client) => client.therapist_id === therapist.id));
    const chosen: NewClientRow[] = [];
    const total = Object.values(plan.places).reduce((sum, n) => sum + n, 0);
    for (let round = 0; chosen.length < total && round < 20; round++) {
      for (const list of byTherapist) {
        const next = list[round];
        if (next && chosen.length < total) {
          chosen.push(next);
          used.add(next.id);
        }
      }
    }
    const statuses = (Object.entries(plan.places) as [keyof GroupPlan['places'], number][]).flatMap(([status, n]) => Array<typeof status>(n).fill(status));
    const dates = scheduledDates({ frequency: plan.frequency, startDate, endDate });
    const places = chosen.map((client, index) => {
      const status = statuses[index]!;
      const enrolledOn = status === 'enrolled' || status === 'left' ? dates[Math.min(index % 3, dates.length - 1)]! : null;
      const referredOn = addDays(enrolledOn ?? addDays(today, -random.integer(2, 10)), -random.integer(3, 10));
      const decided = status !== 'referred';
      const leftOn = status === 'left' ? addDays(startDate, 7 * 8) : null;
      const therapist = users.find((user) => user.id === client.therapist_id)!;
      const facilitator = plan.facilitators[0]!;
      const row: Row<'group_enrolments'> = {
        id: random.uuid(),
        group_id: groupId,
        client_id: client.id,
        status,
        referred_on: referredOn,
        referred_by: therapist.id,
        decided_on: decided ? (enrolledOn ?? addDays(referredOn, 2)) : null,
        decided_by: decided ? facilitator.id : null,
        decline_reason: status === 'declined' ? 'Would benefit from individual work on trauma first; revisit in three months.' : null,
        enrolled_on: enrolledOn,
        left_on: leftOn,
        leave_reason: leftOn ? 'Started a new job with evening shifts.' : null,
        version: decided ? 2 : 1,
        created_at: timestamp,
        created_by: therapist.id,
        updated_at: timestamp,
        updated_by: decided ? facilitator.id : therapist.id,
      };
      return row;
    });
    result.enrolments.push(...places);
    dates.forEach((date, index) => {
      const meetingId = random.uuid();
      const past = date < today;
      const cancelled = past && index === 5;
      const moved = !past && index === dates.length - 3;
      const meetingDate = moved ? addDays(date, 1) : date;
      const facilitator = plan.facilitators[index % plan.facilitators.length]!;
      result.meetings.push({
        id: meetingId,
        group_id: groupId,
        scheduled_on: date,
        meeting_date: meetingDate,
        start_time: plan.startTime,
        cancelled: cancelled ? 1 : 0,
        group_note: past && !cancelled ? random.pick(GROUP_NOTES) : '',
        version: past ? 3 : moved ? 2 : 1,
        created_at: timestamp,
        created_by: plan.createdBy.id,
        updated_at: timestamp,
        updated_by: past || moved ? facilitator.id : plan.createdBy.id,
      });
      if (!past || cancelled) {
        return;
      }
      for (const place of places) {
        const inGroup = place.enrolled_on && place.enrolled_on <= date && (!place.left_on || date <= place.left_on);
        if (!inGroup) {
          continue;
        }
        const roll = random.next();
        const attendance = roll < 0.75 ? 'present' : roll < 0.9 ? 'absent' : 'excused';
        const note = attendance === 'present' && random.next() < 0.5 ? random.pick(PROGRESS_NOTES) : null;
        result.attendance.push({
          meeting_id: meetingId,
          enrolment_id: place.id!,
          client_id: place.client_id,
          attendance,
          progress_note: note,
          note_by: note ? facilitator.id : null,
          recorded_at: `${date}T20:00:00.000Z`,
          recorded_by: facilitator.id,
        });
      }
    });
  }
  return result;
}
