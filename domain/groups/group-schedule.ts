import { addDays } from '../common/iso-date';
import type { GroupSchedule } from './group';

/** The dates a schedule gives: the start date, then every 7 or 14 days up to the end date. */
export function scheduledDates(schedule: Pick<GroupSchedule, 'frequency' | 'startDate' | 'endDate'>): string[] {
  const step = schedule.frequency === 'weekly' ? 7 : 14;
  const dates: string[] = [];
  for (let date = schedule.startDate; date <= schedule.endDate; date = addDays(date, step)) {
    dates.push(date);
  }
  return dates;
}
