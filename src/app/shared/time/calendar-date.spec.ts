import { formatCalendarDate } from './calendar-date';

describe('formatCalendarDate', () => {
  it('writes a calendar date as people read it, whatever the time zone', () => {
    expect(formatCalendarDate('2026-03-01')).toBe('Mar 1, 2026');
    expect(formatCalendarDate('2026-12-31')).toBe('Dec 31, 2026');
  });

  it('leaves text that is not a date as it is', () => {
    expect(formatCalendarDate('soon')).toBe('soon');
  });
});
