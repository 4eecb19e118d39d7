import type { Kysely } from 'kysely';
import type { ClientGroup, ClientMeetingRecord, Group, GroupFacilitator, Meeting, MeetingSummary, RosterEntry } from '@domain/groups/group';
import type { GroupKind } from '@domain/groups/group-codes';
import { editsGroup, runsGroup } from '../access/group-access';
import type { ClinicGroupRow, Database, UserRow } from '../db/database';
import { type GroupFactsRow, toGroup, toMeetingSummary, toRosterEntry, toSchedule } from './group-mapping';

/** Roster statuses that hold a place (or a place in the queue) in the group. */
export const OPEN_STATUSES = ['referred', 'waiting', 'enrolled'] as const;

function groupsWithFacts(db: Kysely<Database>, user: UserRow) {
  return db
    .selectFrom('clinic_groups')
    .selectAll('clinic_groups')
    .select((eb) => [
      eb
        .selectFrom('group_enrolments')
        .select((inner) => inner.fn.countAll().as('n'))
        .whereRef('group_enrolments.group_id', '=', 'clinic_groups.id')
        .where('group_enrolments.status', '=', 'enrolled')
        .as('enrolled_count'),
      eb
        .selectFrom('group_enrolments')
        .select((inner) => inner.fn.countAll().as('n'))
        .whereRef('group_enrolments.group_id', '=', 'clinic_groups.id')
        .where('group_enrolments.status', '=', 'waiting')
        .as('waiting_count'),
      eb.case().when(runsGroup(user)(eb)).then(1).else(0).end().as('is_facilitator'),
      eb.case().when(editsGroup(user)(eb)).then(1).else(0).end().as('can_edit'),
    ]);
}

async function facilitatorsOf(db: Kysely<Database>, groupIds: readonly string[]): Promise<Map<string, GroupFacilitator[]>> {
  const byGroup = new Map<string, GroupFacilitator[]>(groupIds.map((id) => [id, []]));
  if (groupIds.length > 0) {
    const rows = await db
      .selectFrom('group_facilitators')
      .innerJoin('users', 'users.id', 'group_facilitators.user_id')
      .select(['group_facilitators.group_id', 'users.id', 'users.name'])
      .where('group_facilitators.group_id', 'in', [...groupIds])
      .orderBy('users.name')
      .execute();
    for (const row of rows) {
      byGroup.get(row.group_id)?.push({ id: row.id, name: row.name });
    }
  }
  return byGroup;
}

async function withFacilitators(db: Kysely<Database>, rows: readonly GroupFactsRow[]): Promise<Group[]> {
  const facilitators = await facilitatorsOf(db, rows.map((row) => row.id));
  return rows.map((row) => toGroup(row, facilitators.get(row.id) ?? []));
}

export async function listGroups(db: Kysely<Database>, user: UserRow): Promise<Group[]> {
  const rows = await groupsWithFacts(db, user).orderBy('clinic_groups.start_date', 'desc').orderBy('clinic_groups.name').orderBy('clinic_groups.id').execute();
  return withFacilitators(db, rows as GroupFactsRow[]);
}

export async function findGroup(db: Kysely<Database>, user: UserRow, groupId: string): Promise<Group | undefined> {
  const row = await groupsWithFacts(db, user).where('clinic_groups.id', '=', groupId).executeTakeFirst();
  return row && (await withFacilitators(db, [row as GroupFactsRow]))[0];
}

/** The group, if the user runs it (the gate of every roster and meeting route). */
export function findRunGroup(db: Kysely<Database>, user: UserRow, groupId: string): Promise<ClinicGroupRow | undefined> {
  return db.selectFrom('clinic_groups').selectAll().where('id', '=', groupId).where(runsGroup(user)).executeTakeFirst();
}

/** The group, if the user may change its facts. */
export function findEditableGroup(db: Kysely<Database>, user: UserRow, groupId: string): Promise<ClinicGroupRow | undefined> {
  return db.selectFrom('clinic_groups').selectAll().where('id', '=', groupId).where(editsGroup(user)).executeTakeFirst();
}

export function findGroupRow(db: Kysely<Database>, groupId: string): Promise<ClinicGroupRow | undefined> {
  return db.selectFrom('clinic_groups').selectAll().where('id', '=', groupId).executeTakeFirst();
}

export async function enrolledCount(db: Kysely<Database>, groupId: string): Promise<number> {
  const row = await db
    .selectFrom('group_enrolments')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('group_id', '=', groupId)
    .where('status', '=', 'enrolled')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Clinicians who may run a group: active therapists and supervisors. */
export async function facilitatorOptions(db: Kysely<Database>): Promise<GroupFacilitator[]> {
  return db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('active', '=', 1)
    .where('role', 'in', ['therapist', 'supervisor'])
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/** Ids among `ids` that are not active clinicians, with their index. */
export async function nonClinicianIndexes(db: Kysely<Database>, ids: readonly string[]): Promise<number[]> {
  const clinicians = new Set(
    (await db.selectFrom('users').select('id').where('id', 'in', [...ids]).where('active', '=', 1).where('role', 'in', ['therapist', 'supervisor']).execute()).map(
      (row) => row.id,
    ),
  );
  return ids.flatMap((id, index) => (clinicians.has(id) ? [] : [index]));
}

function rosterRows(db: Kysely<Database>) {
  return db
    .selectFrom('group_enrolments')
    .innerJoin('clients', 'clients.id', 'group_enrolments.client_id')
    .innerJoin('users as referrer', 'referrer.id', 'group_enrolments.referred_by')
    .selectAll('group_enrolments')
    .select(['clients.preferred_name as client_name', 'referrer.name as referred_by_name']);
}

export async function listRoster(db: Kysely<Database>, groupId: string): Promise<RosterEntry[]> {
  const rows = await rosterRows(db).where('group_enrolments.group_id', '=', groupId).orderBy('clients.preferred_name').orderBy('group_enrolments.id').execute();
  return rows.map(toRosterEntry);
}

export async function findRosterEntry(db: Kysely<Database>, groupId: string, enrolmentId: string): Promise<RosterEntry | undefined> {
  const row = await rosterRows(db).where('group_enrolments.group_id', '=', groupId).where('group_enrolments.id', '=', enrolmentId).executeTakeFirst();
  return row && toRosterEntry(row);
}

/** Whether the client already holds an open place (referred, waiting or enrolled) in the group. */
export async function hasOpenPlace(db: Kysely<Database>, groupId: string, clientId: string): Promise<boolean> {
  const row = await db
    .selectFrom('group_enrolments')
    .select('id')
    .where('group_id', '=', groupId)
    .where('client_id', '=', clientId)
    .where('status', 'in', [...OPEN_STATUSES])
    .executeTakeFirst();
  return row !== undefined;
}

function meetingRows(db: Kysely<Database>) {
  return db
    .selectFrom('group_meetings')
    .select([
      'group_meetings.id',
      'group_meetings.group_id',
      'group_meetings.scheduled_on',
      'group_meetings.meeting_date',
      'group_meetings.start_time',
      'group_meetings.cancelled',
      'group_meetings.group_note',
      'group_meetings.version',
      'group_meetings.created_at',
      'group_meetings.created_by',
      'group_meetings.updated_at',
      'group_meetings.updated_by',
    ])
    .select((eb) =>
      eb
        .selectFrom('group_attendance')
        .select((inner) => inner.fn.countAll().as('n'))
        .whereRef('group_attendance.meeting_id', '=', 'group_meetings.id')
        .as('recorded_count'),
    );
}

export async function listMeetings(db: Kysely<Database>, group: ClinicGroupRow): Promise<MeetingSummary[]> {
  const rows = await meetingRows(db).where('group_meetings.group_id', '=', group.id).orderBy('group_meetings.meeting_date').orderBy('group_meetings.id').execute();
  return rows.map((row) => toMeetingSummary({ ...row, recorded_count: row.recorded_count ?? 0 }, group.start_time));
}

export async function findMeetingRow(db: Kysely<Database>, groupId: string, meetingId: string) {
  return meetingRows(db).where('group_meetings.group_id', '=', groupId).where('group_meetings.id', '=', meetingId).executeTakeFirst();
}

/**
 * Enrolments that hold a place on a date: enrolled on or before it and not left before it. Only
 * these clients have attendance at a meeting that day.
 */
export function enrolmentsOnDate(db: Kysely<Database>, groupId: string, date: string) {
  return db
    .selectFrom('group_enrolments')
    .innerJoin('clients', 'clients.id', 'group_enrolments.client_id')
    .select(['group_enrolments.id', 'group_enrolments.client_id', 'clients.preferred_name as client_name'])
    .where('group_enrolments.group_id', '=', groupId)
    .where('group_enrolments.status', 'in', ['enrolled', 'left'])
    .where('group_enrolments.enrolled_on', '<=', date)
    .where((eb) => eb.or([eb('group_enrolments.left_on', 'is', null), eb('group_enrolments.left_on', '>=', date)]))
    .orderBy('clients.preferred_name')
    .orderBy('group_enrolments.id')
    .execute();
}

/**
 * One meeting as a facilitator records it. A progress note's text comes back only to the
 * facilitator who wrote it (decided in the query, so it never leaves the database for anyone else).
 */
export async function findMeeting(db: Kysely<Database>, user: UserRow, group: ClinicGroupRow, meetingId: string): Promise<Meeting | undefined> {
  const row = await findMeetingRow(db, group.id, meetingId);
  if (!row) {
    return undefined;
  }
  const [enrolled, recorded] = await Promise.all([
    enrolmentsOnDate(db, group.id, row.meeting_date),
    db
      .selectFrom('group_attendance')
      .innerJoin('clients', 'clients.id', 'group_attendance.client_id')
      .select([
        'group_attendance.client_id',
        'group_attendance.attendance',
        'clients.preferred_name as client_name',
        (eb) => eb.case().when('group_attendance.note_by', '=', user.id).then(eb.ref('group_attendance.progress_note')).else(null).end().as('own_note'),
        (eb) =>
          eb
            .case()
            .when(eb.and([eb('group_attendance.progress_note', 'is not', null), eb('group_attendance.note_by', '!=', user.id)]))
            .then(1)
            .else(0)
            .end()
            .as('note_by_other'),
      ])
      .where('group_attendance.meeting_id', '=', meetingId)
      .execute(),
  ]);
  const byClient = new Map(recorded.map((entry) => [entry.client_id, entry]));
  const names = new Map<string, string>([...enrolled.map((e) => [e.client_id, e.client_name] as const), ...recorded.map((r) => [r.client_id, r.client_name] as const)]);
  const attendance = [...names]
    .sort(([, a], [, b]) => a.localeCompare(b))
    .map(([clientId, clientName]) => {
      const entry = byClient.get(clientId);
      return {
        clientId,
        clientName,
        attendance: entry?.attendance ?? null,
        progressNote: entry?.own_note ?? null,
        noteByOther: Number(entry?.note_by_other ?? 0) === 1,
      };
    });
  return {
    ...toMeetingSummary({ ...row, recorded_count: row.recorded_count ?? 0 }, group.start_time),
    groupName: group.name,
    groupNote: row.group_note,
    attendance,
  };
}

/**
 * A client's groups as their chart shows them: the client's own places, attendance and progress
 * notes. Nothing here names another member: every row is the client's own.
 */
export async function listClientGroups(db: Kysely<Database>, clientId: string): Promise<ClientGroup[]> {
  const [places, meetings] = await Promise.all([
    db
      .selectFrom('group_enrolments')
      .innerJoin('clinic_groups', 'clinic_groups.id', 'group_enrolments.group_id')
      .selectAll('clinic_groups')
      .select([
        'group_enrolments.id as enrolment_id',
        'group_enrolments.status',
        'group_enrolments.referred_on',
        'group_enrolments.decline_reason',
        'group_enrolments.enrolled_on',
        'group_enrolments.left_on',
        'group_enrolments.leave_reason',
      ])
      .where('group_enrolments.client_id', '=', clientId)
      .orderBy('group_enrolments.referred_on', 'desc')
      .orderBy('group_enrolments.id')
      .execute(),
    db
      .selectFrom('group_attendance')
      .innerJoin('group_meetings', 'group_meetings.id', 'group_attendance.meeting_id')
      .leftJoin('users as author', 'author.id', 'group_attendance.note_by')
      .select([
        'group_attendance.enrolment_id',
        'group_meetings.meeting_date',
        'group_attendance.attendance',
        'group_attendance.progress_note',
        'author.name as author_name',
      ])
      .where('group_attendance.client_id', '=', clientId)
      .orderBy('group_meetings.meeting_date', 'desc')
      .execute(),
  ]);
  const byEnrolment = new Map<string, ClientMeetingRecord[]>();
  for (const meeting of meetings) {
    const list = byEnrolment.get(meeting.enrolment_id) ?? [];
    list.push({
      date: meeting.meeting_date,
      attendance: meeting.attendance,
      progressNote: meeting.progress_note,
      noteAuthorName: meeting.progress_note ? meeting.author_name : null,
    });
    byEnrolment.set(meeting.enrolment_id, list);
  }
  return places.map((place) => ({
    enrolmentId: place.enrolment_id,
    groupId: place.id,
    groupName: place.name,
    kind: place.kind as GroupKind,
    schedule: toSchedule(place),
    status: place.status,
    referredOn: place.referred_on,
    declineReason: place.decline_reason,
    enrolledOn: place.enrolled_on,
    leftOn: place.left_on,
    leaveReason: place.leave_reason,
    meetings: byEnrolment.get(place.enrolment_id) ?? [],
  }));
}

