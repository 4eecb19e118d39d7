import { instantOf, localDateOf, localTimeOf } from './local-time';

describe('local time', () => {
  it('turns a date and time on the user’s clock into an instant, and back', () => {
    const instant = instantOf('2026-12-01', '14:30');

    expect(instant).toBe(new Date(2026, 11, 1, 14, 30).toISOString());
    expect(localDateOf(instant!)).toBe('2026-12-01');
    expect(localTimeOf(instant!)).toBe('14:30');
  });

  it('has no instant without both a date and a time', () => {
    expect(instantOf('', '14:30')).toBeNull();
    expect(instantOf('2026-12-01', '')).toBeNull();
    expect(instantOf('2026-13-45', '14:30')).toBeNull();
  });
});
