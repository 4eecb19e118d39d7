import type { GroupSchedule } from '@domain/groups/group';
import { GROUP_FREQUENCIES } from '@domain/groups/group-codes';
import { MODALITIES } from '@domain/sessions/session-codes';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The weekday of a YYYY-MM-DD date. */
export function weekdayOf(isoDate: string): string {
  return WEEKDAYS[new Date(`${isoDate}T00:00:00Z`).getUTCDay()]!;
}

/** "Weekly on Thursday at 18:00, 90 minutes, in person (Room 2)". */
export function describeSchedule(schedule: GroupSchedule): string {
  const where = schedule.location ? `${MODALITIES[schedule.modality].toLowerCase()} (${schedule.location})` : MODALITIES[schedule.modality].toLowerCase();
  return `${GROUP_FREQUENCIES[schedule.frequency]} on ${weekdayOf(schedule.startDate)} at ${schedule.startTime}, ${schedule.durationMinutes} minutes, ${where}`;
}
