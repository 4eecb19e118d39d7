import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { scheduledDates } from '@domain/groups/group-schedule';
import type { ClinicGroupRow, Database } from '../db/database';

/**
 * Brings a group's meetings in line with its schedule: a meeting for every date the schedule gives,
 * and none for a date it no longer gives unless something was recorded there (attendance, a note, a
 * one-off move or cancellation), which stays. Unmoved meetings follow a new start time.
 */
export async function alignMeetings(trx: Kysely<Database>, group: ClinicGroupRow, previousStartTime: string | null, userId: string, now: string): Promise<void> {
  const wanted = new Set(scheduledDates({ frequency: group.frequency as 'weekly' | 'fortnightly', startDate: group.start_date, endDate: group.end_date }));
  const existing = await trx
    .selectFrom('group_meetings')
    .select(['id', 'scheduled_on', 'meeting_date', 'start_time', 'cancelled', 'group_note'])
    .select((eb) => eb.selectFrom('group_attendance').select((inner) => inner.fn.countAll().as('n')).whereRef('group_attendance.meeting_id', '=', 'group_meetings.id').as('recorded'))
    .where('group_id', '=', group.id)
    .execute();
  const unchanged = (meeting: (typeof existing)[number]) =>
    Number(meeting.recorded ?? 0) === 0 &&
    meeting.group_note === '' &&
    meeting.cancelled === 0 &&
    meeting.meeting_date === meeting.scheduled_on &&
    (previousStartTime === null || meeting.start_time === previousStartTime);
  const stale = existing.filter((meeting) => !wanted.has(meeting.scheduled_on) && unchanged(meeting)).map((meeting) => meeting.id);
  if (stale.length > 0) {
    await trx.deleteFrom('group_meetings').where('id', 'in', stale).execute();
  }
  if (previousStartTime !== null && previousStartTime !== group.start_time) {
    await trx
      .updateTable('group_meetings')
      .set({ start_time: group.start_time })
      .where('group_id', '=', group.id)
      .where('start_time', '=', previousStartTime)
      .whereRef('meeting_date', '=', 'scheduled_on')
      .execute();
  }
  const have = new Set(existing.map((meeting) => meeting.scheduled_on));
  const missing = [...wanted].filter((date) => !have.has(date));
  if (missing.length > 0) {
    await trx
      .insertInto('group_meetings')
      .values(
        missing.map((date) => ({
          id: uuidv7(),
          group_id: group.id,
          scheduled_on: date,
          meeting_date: date,
          start_time: group.start_time,
          cancelled: 0 as const,
          group_note: '',
          version: 1,
          created_at: now,
          created_by: userId,
          updated_at: now,
          updated_by: userId,
        })),
      )
      .execute();
  }
}

/** Dates of meetings with attendance recorded that fall outside [startDate, endDate]. */
export async function recordedMeetingsOutside(trx: Kysely<Database>, groupId: string, startDate: string, endDate: string): Promise<string[]> {
  const rows = await trx
    .selectFrom('group_meetings')
    .select('meeting_date')
    .where('group_id', '=', groupId)
    .where((eb) => eb.or([eb('meeting_date', '<', startDate), eb('meeting_date', '>', endDate)]))
    .where((eb) => eb.exists(eb.selectFrom('group_attendance').select('meeting_id').whereRef('group_attendance.meeting_id', '=', 'group_meetings.id')))
    .orderBy('meeting_date')
    .execute();
  return rows.map((row) => row.meeting_date);
}
