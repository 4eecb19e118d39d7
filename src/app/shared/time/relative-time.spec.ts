import { relativeTime } from './relative-time';

describe('relativeTime', () => {
  const now = Date.parse('2026-11-25T12:00:00Z');

  it('says "just now" within the first minute (and for clocks a little ahead)', () => {
    expect(relativeTime('2026-11-25T11:59:30Z', now)).toBe('just now');
    expect(relativeTime('2026-11-25T12:00:05Z', now)).toBe('just now');
  });

  it('counts minutes, hours and days back', () => {
    expect(relativeTime('2026-11-25T11:55:00Z', now)).toBe('5 minutes ago');
    expect(relativeTime('2026-11-25T09:00:00Z', now)).toBe('3 hours ago');
    expect(relativeTime('2026-11-24T11:00:00Z', now)).toBe('yesterday');
    expect(relativeTime('2026-11-21T12:00:00Z', now)).toBe('4 days ago');
  });

  it('gives the date once it is more than a week old', () => {
    expect(relativeTime('2026-10-02T12:00:00Z', now)).toBe('Oct 2, 2026');
  });
});
