import type { AgendaQuery } from '@domain/sessions/session-requests';

/** The periods the agenda offers, each starting today. */
export const AGENDA_RANGES = {
  week: { label: 'This week', days: 7 },
  'two-weeks': { label: 'Next 2 weeks', days: 14 },
  'four-weeks': { label: 'Next 4 weeks', days: 28 },
} as const;
export type AgendaRange = keyof typeof AGENDA_RANGES;
export const AGENDA_RANGE_CODES = Object.keys(AGENDA_RANGES) as AgendaRange[];

/**
 * The days on the agenda as instants: from the clinician's local midnight today to the local
 * midnight after the last day (exclusive), so each day is a day on the clinician's own calendar.
 */
export interface AgendaWindow {
  readonly start: string;
  readonly end: string;
}

export function agendaWindow(now: number, range: AgendaRange): AgendaWindow {
  const start = new Date(now);
  start.setHours(0, 0, 0, 0);
  const end = new Date(start);
  // Calendar arithmetic rather than 24-hour steps, so a daylight-saving change moves no boundary.
  end.setDate(end.getDate() + AGENDA_RANGES[range].days);
  return { start: start.toISOString(), end: end.toISOString() };
}

/** The last day of the window, as an instant inside it (for "until" labels). */
export function lastDayOf(window: AgendaWindow): string {
  return new Date(Date.parse(window.end) - 1).toISOString();
}

export function sameWindow(a: AgendaWindow | null, b: AgendaWindow | null): boolean {
  return a !== null && b !== null && a.start === b.start && a.end === b.end;
}

/**
 * The server filters whole UTC days; ask for every UTC day the local window touches, then keep the
 * sessions inside the window (see `inWindow`).
 */
export function agendaQueryOf(window: AgendaWindow): AgendaQuery {
  return { from: window.start.slice(0, 10), to: lastDayOf(window).slice(0, 10) };
}

export function inWindow(startsAt: string, window: AgendaWindow): boolean {
  const time = Date.parse(startsAt);
  return time >= Date.parse(window.start) && time < Date.parse(window.end);
}
