import {
  addDays,
  agendaViewOf,
  calendarDayOf,
  calendarDays,
  calendarWindow,
  mondayOf,
  movedDay,
} from './agenda-calendar';
import { agendaRowOf } from './agenda.feature';
import { agendaEntryNumber, localInstant } from './testing/agenda-fixtures';

/** Rows at local wall-clock times, so each spec holds in every time zone the browser may be in. */
const rowAt = (index: number, ...time: [number, number, number, number, number]) =>
  agendaRowOf(agendaEntryNumber(index, { startsAt: localInstant(...time) }));

describe('agenda calendar', () => {
  it('reads the view and the date from the URL, falling back to the list and to no date', () => {
    expect(agendaViewOf('week')).toBe('week');
    expect(agendaViewOf('day')).toBe('day');
    expect(agendaViewOf(null)).toBe('list');
    expect(agendaViewOf('month')).toBe('list');
    expect(agendaViewOf('toString')).toBe('list');
    expect(calendarDayOf('2026-12-03')).toBe('2026-12-03');
    expect(calendarDayOf('2026-02-30')).toBeNull();
    expect(calendarDayOf('3 December')).toBeNull();
    expect(calendarDayOf(null)).toBeNull();
  });

  it('starts weeks on Monday, across month and year ends', () => {
    expect(mondayOf('2026-12-03')).toBe('2026-11-30'); // Thursday
    expect(mondayOf('2026-11-30')).toBe('2026-11-30'); // Monday itself
    expect(mondayOf('2026-12-06')).toBe('2026-11-30'); // Sunday belongs to the week before it
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('spans local midnight to local midnight, also across a daylight-saving change', () => {
    expect(calendarWindow('week', '2026-12-03')).toEqual({
      start: localInstant(2026, 11, 30),
      end: localInstant(2026, 12, 7),
    });
    expect(calendarWindow('day', '2026-12-03')).toEqual({
      start: localInstant(2026, 12, 3),
      end: localInstant(2026, 12, 4),
    });
    // Europe leaves summer time on 25 October 2026, North America on 1 November.
    expect(calendarWindow('week', '2026-10-28')).toEqual({
      start: localInstant(2026, 10, 26),
      end: localInstant(2026, 11, 2),
    });
    expect(calendarDays('week', '2026-10-28', []).map((day) => day.day)).toEqual([
      '2026-10-26',
      '2026-10-27',
      '2026-10-28',
      '2026-10-29',
      '2026-10-30',
      '2026-10-31',
      '2026-11-01',
    ]);
  });

  it('moves a week or a day at a time', () => {
    expect(movedDay('week', '2026-12-03', -1)).toBe('2026-11-23');
    expect(movedDay('week', '2026-12-03', 1)).toBe('2026-12-07');
    expect(movedDay('day', '2026-12-31', 1)).toBe('2027-01-01');
    expect(movedDay('day', '2026-12-01', -1)).toBe('2026-11-30');
  });

  it('puts each session in its local day of the week, in time order, and keeps empty days', () => {
    const sundayLate = rowAt(1, 2026, 12, 6, 23, 30);
    const nextMonday = rowAt(2, 2026, 12, 7, 0, 30);
    const lastSunday = rowAt(3, 2026, 11, 29, 23, 59);
    const mondayEarly = rowAt(4, 2026, 11, 30, 0, 0);
    const thursdayAfternoon = rowAt(5, 2026, 12, 3, 14, 0);
    const thursdayMorning = rowAt(6, 2026, 12, 3, 9, 15);

    const days = calendarDays('week', '2026-12-03', [
      nextMonday,
      thursdayAfternoon,
      sundayLate,
      lastSunday,
      thursdayMorning,
      mondayEarly,
    ]);

    expect(days.map((day) => [day.day, day.rows.map((row) => row.clientName)])).toEqual([
      ['2026-11-30', ['Client 4']],
      ['2026-12-01', []],
      ['2026-12-02', []],
      ['2026-12-03', ['Client 6', 'Client 5']],
      ['2026-12-04', []],
      ['2026-12-05', []],
      ['2026-12-06', ['Client 1']],
    ]);
  });

  it('shows one day alone', () => {
    const days = calendarDays('day', '2026-12-03', [
      rowAt(1, 2026, 12, 3, 16, 0),
      rowAt(2, 2026, 12, 4, 8, 0),
      rowAt(3, 2026, 12, 3, 8, 0),
    ]);

    expect(days).toHaveSize(1);
    expect(days[0].day).toBe('2026-12-03');
    expect(days[0].rows.map((row) => row.clientName)).toEqual(['Client 3', 'Client 1']);
  });
});
