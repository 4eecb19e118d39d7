import { DashboardCache } from './dashboard-cache';

describe('the dashboard answer cache', () => {
  let now: Date;
  let cache: DashboardCache;

  beforeEach(() => {
    now = new Date('2026-12-08T09:00:00.000Z');
    cache = new DashboardCache(() => now, 60);
  });

  it('serves an answer to the same user and key until a write or a minute passes', () => {
    cache.set('user-1', 'key', 'answer', cache.stamp());
    expect(cache.get('user-1', 'key')).toBe('answer');
    expect(cache.get('user-2', 'key')).toBeUndefined();
    now = new Date(now.getTime() + 61_000);
    expect(cache.get('user-1', 'key')).toBeUndefined();
  });

  it('drops every answer at a write', () => {
    cache.set('user-1', 'key', 'answer', cache.stamp());
    cache.recordWrite();
    expect(cache.get('user-1', 'key')).toBeUndefined();
  });

  it('does not keep an answer begun before a write that landed while it was computed', () => {
    const stamp = cache.stamp();
    cache.recordWrite();
    cache.set('user-1', 'key', 'half before, half after', stamp);
    expect(cache.get('user-1', 'key')).toBeUndefined();
    // The next answer, begun after the write, is kept.
    cache.set('user-1', 'key', 'after', cache.stamp());
    expect(cache.get('user-1', 'key')).toBe('after');
  });

  it('keeps nothing when its lifetime is zero', () => {
    const off = new DashboardCache(() => now, 0);
    off.set('user-1', 'key', 'answer', off.stamp());
    expect(off.get('user-1', 'key')).toBeUndefined();
  });
});
