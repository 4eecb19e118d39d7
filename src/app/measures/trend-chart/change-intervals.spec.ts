import { changeNorm } from '@domain/measures/reliable-change';
import { intervalContents, reliableIntervals } from './change-intervals';
import type { NamedNetworkEvent } from './named-network-events';
import { timeOfDate, type TrendRow } from './trend-series';

const row = (measureId: string, date: string, total: number): TrendRow => ({
  measureId,
  date,
  x: timeOfDate(date),
  total,
  band: 'x',
  subscales: {},
  activeMembers: null,
  supportiveTies: null,
});

describe('change intervals', () => {
  // UCLA-3 with the published SD: r .72, SD 1.5 → 1.96 · 1.5 · √0.56 = 2.2 → 3 whole points.
  const ucla = changeNorm('ucla-3', 'total');

  it('finds reliable changes between consecutive measures only, either way, at the threshold and not one step below', () => {
    expect(ucla.threshold).toBe(3);
    const rows = [row('a', '2026-01-01', 3), row('b', '2026-02-01', 5), row('c', '2026-03-01', 8), row('d', '2026-04-01', 5), row('e', '2026-05-01', 3)];
    expect(reliableIntervals(rows, ucla).map(({ id, change, difference, from }) => ({ id, change, difference, from: from.measureId }))).toEqual([
      { id: 'c', change: 'deteriorated', difference: 3, from: 'b' },
      { id: 'd', change: 'improved', difference: -3, from: 'c' },
    ]);
  });

  it('finds none without a norm or with a single measure', () => {
    expect(reliableIntervals([row('a', '2026-01-01', 3), row('b', '2026-02-01', 9)], null)).toEqual([]);
    expect(reliableIntervals([row('a', '2026-01-01', 3)], ucla)).toEqual([]);
  });

  it('lists the network events and family sessions dated between two measures, both days included', () => {
    const event = (memberId: string, date: string): NamedNetworkEvent => ({
      id: `${memberId}.2.quality-changed`,
      memberId,
      kind: 'quality-changed',
      date,
      from: 'supportive',
      to: 'strained',
      memberName: memberId,
      worsening: true,
    });
    const session = (id: string, day: string) => ({ id, startsAt: new Date(`${day}T12:00:00`).toISOString(), status: 'completed' as const, type: 'family-session' as const });
    const contents = intervalContents(
      { from: row('a', '2026-02-01', 3), to: row('b', '2026-03-01', 8) },
      [event('before', '2026-01-31'), event('first-day', '2026-02-01'), event('last-day', '2026-03-01'), event('after', '2026-03-02')],
      [session('s2', '2026-02-20'), session('s0', '2026-01-20'), session('s1', '2026-02-01')],
    );
    expect(contents.events.map((item) => item.memberId)).toEqual(['first-day', 'last-day']);
    expect(contents.sessions.map((item) => item.id)).toEqual(['s1', 's2']);
  });
});
