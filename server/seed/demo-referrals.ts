import type { Insertable } from 'kysely';
import { addDays } from '@domain/common/iso-date';
import type { ReferralStatus } from '@domain/referrals/referral-codes';
import type { Database, NewClientRow, NewUserRow } from '../db/database';
import type { DemoGroups } from './demo-groups';
import type { SeededRandom } from './seeded-random';

type Row<T extends keyof Database> = Insertable<Database[T]>;

export interface DemoReferrals {
  readonly programmes: Row<'community_programmes'>[];
  readonly referrals: Row<'referrals'>[];
  readonly events: Row<'referral_events'>[];
}

const PROGRAMMES: readonly { name: string; kind: string; area: string; contactName: string; phone: string; email: string; active: boolean; notes: string }[] = [
  { name: 'Riverside walking group', kind: 'peer-support-group', area: 'North', contactName: 'Sam Okafor', phone: '020 7946 0001', email: 'walk@riverside.example', active: true, notes: 'Saturday mornings; gentle pace, meets at the library.' },
  { name: 'Open Door mutual aid', kind: 'mutual-help-group', area: 'City centre', contactName: 'Priya Shah', phone: '020 7946 0002', email: '', active: true, notes: 'Drop-in, no referral letter needed.' },
  { name: 'Food bank volunteers', kind: 'volunteering', area: 'East', contactName: 'Lee Carter', phone: '', email: 'volunteer@foodbank.example', active: true, notes: 'Two-hour shifts; a good first step back into routine.' },
  { name: 'Quiet mind meditation circle', kind: 'mindfulness-or-faith-group', area: 'West', contactName: '', phone: '020 7946 0004', email: '', active: true, notes: '' },
  { name: 'Hillside community centre', kind: 'community-centre', area: 'South', contactName: 'Reception', phone: '020 7946 0005', email: 'hello@hillside.example', active: true, notes: 'Cafe, classes and a men’s shed.' },
  { name: 'Back-to-work peer programme', kind: 'workplace-programme', area: 'City centre', contactName: 'Ana Ruiz', phone: '', email: 'ana@backtowork.example', active: false, notes: 'Funding ended; kept for the referrals that name it.' },
];

/** The path to each status; a closed referral may have been contacted first. */
const PATHS: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  referred: ['referred'],
  contacted: ['referred', 'contacted'],
  attending: ['referred', 'contacted', 'attending'],
  ended: ['referred', 'contacted', 'attending', 'ended'],
  declined: ['referred', 'contacted', 'declined'],
  'no-response': ['referred', 'no-response'],
};

const NOTES: Partial<Record<ReferralStatus, string>> = {
  contacted: 'Spoke to the organiser; first visit arranged.',
  ended: 'Stopped going after moving house; may pick it up again.',
  declined: 'Client decided the time did not suit.',
  'no-response': 'Two messages left, no answer.',
};

/**
 * Referrals in every state for the demo: directory programme referrals of the first two therapists'
 * clients, two of them awaiting an outcome for more than 14 days (follow-up due), and one referral
 * per roster place of the demo groups, following the place's status as the live system would.
 */
export function generateDemoReferrals(random: SeededRandom, users: readonly NewUserRow[], clients: readonly NewClientRow[], groups: DemoGroups, now: Date): DemoReferrals {
  const today = now.toISOString().slice(0, 10);
  const timestamp = now.toISOString();
  const admin = users.find((user) => user.role === 'admin');
  const therapists = users.filter((user) => user.role === 'therapist');
  const result: DemoReferrals = { programmes: [], referrals: [], events: [] };
  if (!admin || therapists.length === 0) {
    return result;
  }
  for (const programme of PROGRAMMES) {
    result.programmes.push({
      id: random.uuid(),
      name: programme.name,
      kind: programme.kind,
      contact_name: programme.contactName,
      phone: programme.phone,
      email: programme.email,
      website: '',
      area: programme.area,
      notes: programme.notes,
      active: programme.active ? 1 : 0,
      version: 1,
      created_at: timestamp,
      created_by: admin.id!,
      updated_at: timestamp,
      updated_by: admin.id!,
    });
  }
  const active = result.programmes.filter((programme) => programme.active === 1);

  // Directory referrals: [status, days since the last step]; 20+ days on an awaiting one is "follow-up due".
  const plans: readonly (readonly [ReferralStatus, number])[] = [
    ['referred', 3],
    ['referred', 20],
    ['contacted', 5],
    ['contacted', 24],
    ['attending', 10],
    ['attending', 40],
    ['ended', 12],
    ['declined', 8],
    ['declined', 30],
    ['no-response', 15],
  ];
  const inGroups = new Set(groups.enrolments.map((place) => place.client_id));
  for (const therapist of therapists.slice(0, 2)) {
    const caseload = clients.filter((client) => client.therapist_id === therapist.id && client.status === 'active' && !inGroups.has(client.id));
    if (caseload.length === 0) {
      continue;
    }
    const own = therapist === therapists[0] ? plans : plans.filter((_, index) => index % 2 === 1);
    own.forEach(([status, lag], index) => {
      const client = caseload[index % caseload.length]!;
      const programme = active[index % active.length]!;
      const path = PATHS[status];
      // Back from the last step: each earlier step a few days before the next, never before treatment began.
      const dates: string[] = [addDays(today, -lag)];
      for (let step = path.length - 2; step >= 0; step--) {
        dates.unshift(addDays(dates[0]!, -random.integer(3, 9)));
      }
      if (dates[0]! < client.treatment_start) {
        return;
      }
      const id = random.uuid();
      result.referrals.push({
        id,
        client_id: client.id,
        group_id: null,
        programme_id: programme.id!,
        enrolment_id: null,
        reason: 'Few ties outside the family; wants somewhere to go during the week.',
        consent_given_on: dates[0]!,
        shared_details: 'name,contact-details',
        status,
        status_on: dates[dates.length - 1]!,
        network_member_id: null,
        version: path.length,
        created_at: `${dates[0]}T10:00:00.000Z`,
        created_by: therapist.id!,
        updated_at: `${dates[dates.length - 1]}T10:00:00.000Z`,
        updated_by: therapist.id!,
      });
      path.forEach((step, position) => {
        result.events.push({
          id: random.uuid(),
          referral_id: id,
          status: step,
          occurred_on: dates[position]!,
          note: position === 0 ? '' : (NOTES[step] ?? ''),
          recorded_at: `${dates[position]}T10:00:00.000Z`,
          recorded_by: therapist.id!,
        });
      });
    });
  }

  // A referral per roster place of the demo groups: the place is the referral's, and its status follows.
  for (const place of groups.enrolments) {
    const id = random.uuid();
    const steps: { status: ReferralStatus; on: string; by: string; note: string }[] = [{ status: 'referred', on: place.referred_on, by: place.referred_by, note: '' }];
    const decidedBy = place.decided_by ?? place.referred_by;
    if (place.status === 'waiting') {
      steps.push({ status: 'contacted', on: place.decided_on!, by: decidedBy, note: 'On the waiting list' });
    } else if (place.status === 'declined') {
      steps.push({ status: 'declined', on: place.decided_on!, by: decidedBy, note: place.decline_reason ?? '' });
    } else if (place.status === 'enrolled' || place.status === 'left') {
      steps.push({ status: 'attending', on: place.enrolled_on!, by: decidedBy, note: '' });
      if (place.status === 'left') {
        steps.push({ status: 'ended', on: place.left_on!, by: decidedBy, note: place.leave_reason ?? '' });
      }
    }
    const last = steps[steps.length - 1]!;
    result.referrals.push({
      id,
      client_id: place.client_id,
      group_id: place.group_id,
      programme_id: null,
      enrolment_id: place.id!,
      reason: '',
      consent_given_on: place.referred_on,
      shared_details: 'name',
      status: last.status,
      status_on: last.on,
      network_member_id: null,
      version: steps.length,
      created_at: `${place.referred_on}T10:00:00.000Z`,
      created_by: place.referred_by,
      updated_at: `${last.on}T10:00:00.000Z`,
      updated_by: last.by,
    });
    for (const step of steps) {
      result.events.push({ id: random.uuid(), referral_id: id, status: step.status, occurred_on: step.on, note: step.note, recorded_at: `${step.on}T10:00:00.000Z`, recorded_by: step.by });
    }
  }
  return result;
}
