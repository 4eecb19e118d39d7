import type { AgendaRow } from './agenda.feature';
import { type AgendaWindow } from './agenda-window';
import { localDateOf } from '../../shared/time/local-time';

/** How the agenda is shown; the choice lives in the URL (`?view=week&date=2026-12-03`). */
export const AGENDA_VIEWS = {
  list: 'List',
  week: 'Week',
  day: 'Day',
} as const;
export type AgendaView = keyof typeof AGENDA_VIEWS;
export const AGENDA_VIEW_CODES = Object.keys(AGENDA_VIEWS) as AgendaView[];
export type CalendarView = Exclude<AgendaView, 'list'>;

export function agendaViewOf(text: string | null): AgendaView {
  // Own keys only, so `?view=toString` is not taken for a view.
  return AGENDA_VIEW_CODES.find((code) => code === text) ?? 'list';
}

/** A `YYYY-MM-DD` from the URL, or null when it is not a real calendar day. */
export function calendarDayOf(text: string | null): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  if (match === null) {
    return null;
  }
  const date = localDate(text!);
  return localDateOf(date.getTime()) === text ? text : null;
}

/** Local midnight of a `YYYY-MM-DD` day, in the clinician's own time zone. */
function localDate(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date);
}

/** The day `days` calendar days after `day` (calendar steps, so daylight saving moves nothing). */
export function addDays(day: string, days: number): string {
  const date = localDate(day);
  date.setDate(date.getDate() + days);
  return localDateOf(date.getTime());
}

/** The Monday of the week holding `day` (weeks run Monday to Sunday). */
export function mondayOf(day: string): string {
  const weekday = localDate(day).getDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** The first day on screen: the day itself, or its week's Monday. */
export function firstCalendarDay(view: CalendarView, day: string): string {
  return view === 'week' ? mondayOf(day) : day;
}

export function calendarLength(view: CalendarView): number {
  return view === 'week' ? 7 : 1;
}

/** The window of local days shown: local midnight of the first day to local midnight after the last. */
export function calendarWindow(view: CalendarView, day: string): AgendaWindow {
  const first = firstCalendarDay(view, day);
  return {
    start: localDate(first).toISOString(),
    end: localDate(addDays(first, calendarLength(view))).toISOString(),
  };
}

/** The anchor day one week or one day earlier (`step` -1) or later (`step` 1). */
export function movedDay(view: CalendarView, day: string, step: number): string {
  return addDays(firstCalendarDay(view, day), step * calendarLength(view));
}

/** One column of the calendar: a local day and its sessions in time order (maybe none). */
export interface CalendarDay {
  readonly day: string;
  readonly rows: readonly AgendaRow[];
}

/**
 * Every day of the view, empty ones included, each with the sessions that start on it in the
 * clinician's time zone, earliest first; sessions outside the days are left out.
 */
export function calendarDays(
  view: CalendarView,
  day: string,
  rows: readonly AgendaRow[],
): CalendarDay[] {
  const first = firstCalendarDay(view, day);
  const days = Array.from({ length: calendarLength(view) }, (_, index) => addDays(first, index));
  const byDay = new Map<string, AgendaRow[]>(days.map((each) => [each, []]));
  for (const row of rows) {
    byDay.get(localDateOf(row.startsAt))?.push(row);
  }
  const earliestFirst = (a: AgendaRow, b: AgendaRow) =>
    Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.sessionId.localeCompare(b.sessionId);
  return days.map((each) => ({ day: each, rows: [...byDay.get(each)!].sort(earliestFirst) }));
}
