import { localInstant } from './testing/agenda-fixtures';
import {
  agendaQueryOf,
  agendaWindow,
  inWindow,
  lastDayOf,
  sameWindow,
} from './agenda-window';
import { localDateOf } from '../../shared/time/local-time';

describe('agenda window', () => {
  const now = Date.parse(localInstant(2026, 12, 3, 15, 30));

  it('runs from local midnight today for the days of the period, the end excluded', () => {
    expect(agendaWindow(now, 'week')).toEqual({
      start: localInstant(2026, 12, 3),
      end: localInstant(2026, 12, 10),
    });
    expect(agendaWindow(now, 'two-weeks').end).toBe(localInstant(2026, 12, 17));
    expect(agendaWindow(now, 'four-weeks').end).toBe(localInstant(2026, 12, 31));
  });

  it('names the last day of the window', () => {
    expect(localDateOf(lastDayOf(agendaWindow(now, 'week')))).toBe('2026-12-09');
  });

  it('asks the server for every UTC day the local window touches', () => {
    const window = { start: '2026-12-02T23:00:00.000Z', end: '2026-12-09T23:00:00.000Z' };

    expect(agendaQueryOf(window)).toEqual({ from: '2026-12-02', to: '2026-12-09' });
  });

  it('keeps the start of the window and leaves out its end', () => {
    const window = agendaWindow(now, 'week');

    expect(inWindow(window.start, window)).toBeTrue();
    expect(inWindow(localInstant(2026, 12, 9, 23, 59), window)).toBeTrue();
    expect(inWindow(window.end, window)).toBeFalse();
    expect(inWindow(localInstant(2026, 12, 2, 23, 59), window)).toBeFalse();
  });

  it('groups by the local calendar day', () => {
    expect(localDateOf(localInstant(2026, 1, 5, 0, 10))).toBe('2026-01-05');
    expect(localDateOf(localInstant(2026, 1, 5, 23, 50))).toBe('2026-01-05');
  });

  it('compares windows by their bounds', () => {
    const window = agendaWindow(now, 'week');

    expect(sameWindow(window, { ...window })).toBeTrue();
    expect(sameWindow(window, agendaWindow(now, 'two-weeks'))).toBeFalse();
    expect(sameWindow(null, window)).toBeFalse();
  });
});
