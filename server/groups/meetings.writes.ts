import type { Kysely } from 'kysely';
import type { Meeting } from '@domain/groups/group';
import type { ChangeMeetingRequest, GroupNoteRequest, RecordAttendanceRequest } from '@domain/groups/group-requests';
import { todayIsoDate } from '@domain/common/iso-date';
import type { FieldError } from '@domain/validation/field-errors';
import type { Actor } from '../access/actor';
import type { Audit } from '../audit/audit-log';
import type { ClinicGroupRow, Database } from '../db/database';
import { assertVersionedUpdate, recordToEdit } from '../db/versioned-edit';
import { HttpProblem } from '../http/http-problem';
import { enrolmentsOnDate, findMeeting } from './groups.repository';
import { requireRunGroup } from './roster.writes';

type MeetingEdit = (trx: Kysely<Database>, group: ClinicGroupRow, before: Meeting) => Promise<{ fields: string[]; set?: Record<string, unknown> }>;

/** One facilitator's change to one meeting, versioned and audited like every clinical record. */
async function editMeeting(db: Kysely<Database>, actor: Actor, audit: Audit, groupId: string, meetingId: string, version: number, recordType: string, edit: MeetingEdit): Promise<Meeting> {
  const { user } = actor;
  const group = await requireRunGroup(db, actor, audit, groupId, recordType, 'write');
  const now = actor.now.toISOString();
  return db.transaction().execute(async (trx) => {
    const before = await recordToEdit(() => findMeeting(trx, user, group, meetingId), version);
    const { fields, set } = await edit(trx, group, before);
    const result = await trx
      .updateTable('group_meetings')
      .set({ ...set, version: version + 1, updated_at: now, updated_by: user.id })
      .where('id', '=', meetingId)
      .where('group_id', '=', groupId)
      .where('version', '=', version)
      .executeTakeFirst();
    await assertVersionedUpdate(result, () => findMeeting(trx, user, group, meetingId));
    await audit({ action: 'update', recordType, recordId: meetingId, outcome: 'success', fields }, trx);
    return (await findMeeting(trx, user, group, meetingId))!;
  });
}

/** A one-off change: the meeting moves (within the group's dates) or is cancelled. */
export function changeMeeting(db: Kysely<Database>, actor: Actor, audit: Audit, groupId: string, meetingId: string, body: ChangeMeetingRequest): Promise<Meeting> {
  return editMeeting(db, actor, audit, groupId, meetingId, body.version, 'group-meeting', async (_trx, group, before) => {
    const errors: FieldError[] = [];
    if (body.date < group.start_date || body.date > group.end_date) {
      errors.push({ field: 'date', message: `Must be within the group's dates (${group.start_date} to ${group.end_date}).` });
    }
    if (body.cancelled && before.recordedCount > 0) {
      errors.push({ field: 'cancelled', message: 'Attendance is recorded for this meeting: it took place.' });
    }
    if (!body.cancelled && before.recordedCount > 0 && body.date !== before.date) {
      errors.push({ field: 'date', message: 'Attendance is recorded for this meeting: its date stays.' });
    }
    if (errors.length > 0) {
      throw HttpProblem.badRequest(errors);
    }
    const fields = [before.date !== body.date && 'date', before.startTime !== body.startTime && 'startTime', before.cancelled !== body.cancelled && 'cancelled'].filter(
      (field): field is string => typeof field === 'string',
    );
    return { fields, set: { meeting_date: body.date, start_time: body.startTime, cancelled: body.cancelled ? 1 : 0 } };
  });
}

/**
 * Attendance for clients enrolled on the meeting's date, with a progress note per attending client.
 * A progress note belongs to the facilitator who wrote it: another facilitator neither sees nor
 * overwrites it.
 */
export function recordAttendance(db: Kysely<Database>, actor: Actor, audit: Audit, groupId: string, meetingId: string, body: RecordAttendanceRequest): Promise<Meeting> {
  const { user } = actor;
  const now = actor.now.toISOString();
  return editMeeting(db, actor, audit, groupId, meetingId, body.version, 'group-attendance', async (trx, group, before) => {
    if (before.cancelled) {
      throw HttpProblem.badRequest([{ field: 'entries', message: 'This meeting was cancelled: it has no attendance.' }]);
    }
    if (before.date > todayIsoDate(actor.now)) {
      throw HttpProblem.badRequest([{ field: 'entries', message: 'Record attendance on or after the day of the meeting.' }]);
    }
    const enrolled = new Map((await enrolmentsOnDate(trx, group.id, before.date)).map((row) => [row.client_id, row.id]));
    const byOther = new Set(before.attendance.filter((entry) => entry.noteByOther).map((entry) => entry.clientId));
    const errors: FieldError[] = [];
    body.entries.forEach((entry, index) => {
      if (!enrolled.has(entry.clientId)) {
        errors.push({ field: `entries.${index}.clientId`, message: `Not enrolled in this group on ${before.date}.` });
      } else if (entry.progressNote && byOther.has(entry.clientId)) {
        errors.push({ field: `entries.${index}.progressNote`, message: "Another facilitator wrote this client's progress note for this meeting." });
      }
    });
    if (errors.length > 0) {
      throw HttpProblem.badRequest(errors);
    }
    for (const entry of body.entries) {
      const kept = byOther.has(entry.clientId) && entry.attendance === 'present';
      const existing = await trx
        .selectFrom('group_attendance')
        .select(['progress_note', 'note_by'])
        .where('meeting_id', '=', meetingId)
        .where('client_id', '=', entry.clientId)
        .executeTakeFirst();
      await trx.deleteFrom('group_attendance').where('meeting_id', '=', meetingId).where('client_id', '=', entry.clientId).execute();
      await trx
        .insertInto('group_attendance')
        .values({
          meeting_id: meetingId,
          enrolment_id: enrolled.get(entry.clientId)!,
          client_id: entry.clientId,
          attendance: entry.attendance,
          progress_note: kept ? (existing?.progress_note ?? null) : entry.progressNote,
          note_by: kept ? (existing?.note_by ?? null) : entry.progressNote ? user.id : null,
          recorded_at: now,
          recorded_by: user.id,
        })
        .execute();
    }
    return { fields: ['attendance'] };
  });
}

/** The facilitators' own note on the meeting as a whole; only facilitators ever read it. */
export function writeGroupNote(db: Kysely<Database>, actor: Actor, audit: Audit, groupId: string, meetingId: string, body: GroupNoteRequest): Promise<Meeting> {
  return editMeeting(db, actor, audit, groupId, meetingId, body.version, 'group-meeting-note', async () => ({ fields: ['groupNote'], set: { group_note: body.groupNote } }));
}
