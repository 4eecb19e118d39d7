import type { Insertable, Kysely } from 'kysely';
import type { Database, NewUserRow } from '../db/database';
import { type DemoClientRecord, generateDemoClients } from './demo-clients';
import { type DemoNetwork, generateDemoNetwork } from './demo-network';
import { addNetworkChangeShowcase } from './demo-showcase';
import { type DemoMeasures, generateDemoMeasures } from './demo-measures';
import { type DemoSessions, generateDemoSessions } from './demo-sessions';
import { type DemoGroups, generateDemoGroups } from './demo-groups';
import { type DemoReferrals, generateDemoReferrals } from './demo-referrals';
import { hashPassword } from '../accounts/password-hashing';
import { FAMILY_NAMES, GIVEN_NAMES } from './demo-names';
import { SeededRandom } from './seeded-random';
import { refreshAllMeasureStatuses } from '../measures/measure-status';

/** Printed at start-up and in the README; demo accounts are marked `is_demo`. */
export const DEMO_PASSWORD = 'CareCircle-demo-2026';
export const DEMO_EMAIL_DOMAIN = 'demo.carecircle.test';

export interface DemoClinicSize {
  readonly supervisors: number;
  readonly therapistsPerSupervisor: number;
  /** Clients per therapist, drawn evenly from this range. */
  readonly clientsPerTherapist?: { readonly min: number; readonly max: number };
}

export const DEFAULT_DEMO_SIZE: DemoClinicSize = {
  supervisors: 2,
  therapistsPerSupervisor: 3,
  clientsPerTherapist: { min: 8, max: 15 },
};

export interface DemoLogin {
  readonly email: string;
  readonly role: NewUserRow['role'];
  readonly name: string;
}

export interface DemoClinic {
  readonly users: readonly NewUserRow[];
  readonly clients: readonly DemoClientRecord[];
  /** One network (members, revisions, notes) per client, in client order. */
  readonly networks: readonly DemoNetwork[];
  /** Family sessions per client, in client order. */
  readonly sessions: readonly DemoSessions[];
  /** Social-connection measures per client, in client order. */
  readonly measures: readonly DemoMeasures[];
  /** Two groups the clinic runs, with their rosters and a few months of meetings. */
  readonly groups: DemoGroups;
  /** The community programmes directory and referrals in every state (to programmes and to the groups). */
  readonly referrals: DemoReferrals;
  readonly logins: readonly DemoLogin[];
}

/**
 * Generates a demo clinic from a seed: one admin, `supervisors` supervisors, each with a team of
 * therapists. Pure apart from password hashing, so later work can grow it (clients, networks,
 * sessions, measures) and benchmarks can ask for thousands of records.
 */
export async function generateDemoClinic(
  size: DemoClinicSize = DEFAULT_DEMO_SIZE,
  seed = 20261125,
  now = new Date(),
): Promise<DemoClinic> {
  const random = new SeededRandom(seed);
  const timestamp = now.toISOString();
  const users: NewUserRow[] = [];
  const usedNames = new Set<string>();

  const person = (role: NewUserRow['role'], email: string, supervisorId: string | null): NewUserRow => {
    let name: string;
    do {
      name = `${random.pick(GIVEN_NAMES)} ${random.pick(FAMILY_NAMES)}`;
    } while (usedNames.has(name) && usedNames.size < GIVEN_NAMES.length * FAMILY_NAMES.length);
    usedNames.add(name);
    return {
      id: random.uuid(),
      name,
      email,
      role,
      supervisor_id: supervisorId,
      active: 1,
      password_hash: '', // set below: one demo password, but each account has its own salt
      must_change_password: 0,
      is_demo: 1,
      version: 1,
      created_at: timestamp,
      updated_at: timestamp,
    };
  };

  users.push(person('admin', `admin@${DEMO_EMAIL_DOMAIN}`, null));
  let therapistNumber = 0;
  for (let s = 1; s <= size.supervisors; s++) {
    const supervisor = person('supervisor', `supervisor${s}@${DEMO_EMAIL_DOMAIN}`, null);
    users.push(supervisor);
    for (let t = 0; t < size.therapistsPerSupervisor; t++) {
      therapistNumber++;
      users.push(person('therapist', `therapist${therapistNumber}@${DEMO_EMAIL_DOMAIN}`, supervisor.id));
    }
  }
  for (const user of users) {
    user.password_hash = await hashPassword(DEMO_PASSWORD);
  }
  const perTherapist = size.clientsPerTherapist ?? DEFAULT_DEMO_SIZE.clientsPerTherapist!;
  let caseNumber = 0;
  const nextCaseNumber = () => `CC-${String(++caseNumber).padStart(5, '0')}`;
  const clients = users
    .filter((user) => user.role === 'therapist')
    .flatMap((therapist) =>
      generateDemoClients(random, therapist, random.integer(perTherapist.min, perTherapist.max), now, nextCaseNumber),
    );
  const networks = clients.map((record) => generateDemoNetwork(random, record.client, now));
  const sessions = clients.map((record, index) => generateDemoSessions(random, record.client, networks[index], now));
  // Drawn after everything else, so adding measures left the rest of a seeded clinic unchanged.
  const measures = clients.map((record, index) => generateDemoMeasures(random, record.client, networks[index], now));
  // Its own random stream, so adding groups changes nothing else a seed yields.
  const groups = generateDemoGroups(new SeededRandom(seed + 16), users, clients.map((record) => record.client), now);
  const referrals = generateDemoReferrals(new SeededRandom(seed + 17), users, clients.map((record) => record.client), groups, now);
  // Last, for the same reason: the first therapist's demo shows a tie that turned strained between two measures.
  const firstTherapist = users.find((user) => user.role === 'therapist');
  if (firstTherapist) {
    addNetworkChangeShowcase({ therapist: firstTherapist, clients, networks, measures, newId: () => random.uuid() });
  }
  return {
    users,
    clients,
    networks,
    sessions,
    measures,
    groups,
    referrals,
    logins: users.map((user) => ({ email: user.email, role: user.role, name: user.name })),
  };
}

export async function insertDemoClinic(db: Kysely<Database>, clinic: DemoClinic): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // Supervisors before their therapists (foreign key), which is the generated order.
    for (const user of clinic.users) {
      await trx.insertInto('users').values(user).execute();
    }
    // Batches keep a 5,000-client benchmark clinic to a few statements on either engine.
    for (const batch of chunks(clinic.clients, 500)) {
      await trx.insertInto('clients').values(batch.map((record) => record.client)).execute();
      const concerns = batch.flatMap((record) => record.concerns.map((concern) => ({ client_id: record.client.id, concern })));
      await trx.insertInto('client_concerns').values(concerns).execute();
    }
    const all = <K extends keyof DemoNetwork>(key: K) => clinic.networks.flatMap((network) => network[key] as DemoNetwork[K][number][]);
    await insertInBatches(trx, 'network_members', all('members'));
    await insertInBatches(trx, 'network_member_revisions', all('revisions'));
    await insertInBatches(trx, 'support_notes', all('notes'));
    await insertInBatches(trx, 'support_note_revisions', all('noteRevisions'));
    await insertInBatches(trx, 'support_note_members', all('noteTags'));
    await insertInBatches(trx, 'family_sessions', clinic.sessions.flatMap((client) => client.sessions));
    await insertInBatches(trx, 'family_session_revisions', clinic.sessions.flatMap((client) => client.revisions));
    await insertInBatches(trx, 'measures', clinic.measures.flatMap((client) => client.measures));
    await insertInBatches(trx, 'measure_revisions', clinic.measures.flatMap((client) => client.revisions));
    await insertInBatches(trx, 'client_measure_status', clinic.measures.flatMap((client) => (client.status ? [client.status] : [])));
    await insertInBatches(trx, 'clinic_groups', clinic.groups.groups);
    await insertInBatches(trx, 'group_facilitators', clinic.groups.facilitators);
    await insertInBatches(trx, 'group_enrolments', clinic.groups.enrolments);
    await insertInBatches(trx, 'group_meetings', clinic.groups.meetings);
    await insertInBatches(trx, 'group_attendance', clinic.groups.attendance);
    await insertInBatches(trx, 'community_programmes', clinic.referrals.programmes);
    await insertInBatches(trx, 'referrals', clinic.referrals.referrals);
    await insertInBatches(trx, 'referral_events', clinic.referrals.events);
    // Flags follow the clinic's own reliable-change norms once it has enough clients.
    await refreshAllMeasureStatuses(trx);
  });
}

async function insertInBatches<T extends keyof Database>(db: Kysely<Database>, table: T, rows: readonly Insertable<Database[T]>[]): Promise<void> {
  // 500 rows x ~25 columns stays under both engines' bound-parameter limits.
  for (const batch of chunks(rows, 500)) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- table is generic here; rows are typed by the caller
    await db.insertInto(table).values(batch as any).execute();
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    result.push(items.slice(start, start + size));
  }
  return result;
}
