import { changeNorm } from '@domain/measures/reliable-change';
import { changeWords, intervalContents, reliableIntervals } from './change-intervals';
import type { NamedNetworkEvent } from './named-network-events';
import { timeOfDate, type TrendRow } from './trend-series';

const row = (measureId: string, date: string, total: number, subscales: Record<string, number> = {}): TrendRow => ({
  measureId,
  date,
  x: timeOfDate(date),
  total,
  band: 'x',
  subscales,
  activeMembers: null,
  supportiveTies: null,
});

describe('change intervals', () => {
  // UCLA-3 with the published SD: r .72, SD 1.5 → 1.96 · 1.5 · √0.56 = 2.2 → 3 whole points.
  const ucla = changeNorm('ucla-3', 'total');

  it('finds reliable changes between consecutive measures only, either way, at the threshold and not one step below', () => {
    expect(ucla.threshold).toBe(3);
    const rows = [row('a', '2026-01-01', 3), row('b', '2026-02-01', 5), row('c', '2026-03-01', 8), row('d', '2026-04-01', 5), row('e', '2026-05-01', 3)];
    expect(reliableIntervals(rows, [ucla]).map(({ id, change, difference, from }) => ({ id, change, difference, from: from.measureId }))).toEqual([
      { id: 'd.total', change: 'improved', difference: -3, from: 'c' },
      { id: 'c.total', change: 'deteriorated', difference: 3, from: 'b' },
    ]);
  });

  it('finds none without a norm or with a single measure', () => {
    expect(reliableIntervals([row('a', '2026-01-01', 3), row('b', '2026-02-01', 9)], [])).toEqual([]);
    expect(reliableIntervals([row('a', '2026-01-01', 3)], [ucla])).toEqual([]);
  });

  // MSPSS Family, published: r .85, SD 1.12 → 1.96 · 1.12 · √0.30 = 1.20 → 5 quarter-points = 1.25.
  const mspssNorms = [changeNorm('mspss', 'total'), changeNorm('mspss', 'family'), changeNorm('mspss', 'friends')];

  it('finds a flagged subscale’s reliable change even when the total holds, at its threshold and not one step below', () => {
    expect(mspssNorms[1].threshold).toBe(1.25);
    const rows = [
      row('a', '2026-01-01', 5, { family: 6, friends: 4 }),
      // Family −1.25 (the threshold), friends +1.25 (below their 1.5): the total barely moves.
      row('b', '2026-02-01', 5, { family: 4.75, friends: 5.25 }),
      // Family −1.00: one step below its threshold.
      row('c', '2026-03-01', 4.75, { family: 3.75, friends: 5.25 }),
    ];
    const found = reliableIntervals(rows, mspssNorms);
    expect(found.map(({ id, scale, change, fromScore, toScore }) => ({ id, scale, change, fromScore, toScore }))).toEqual([
      { id: 'b.family', scale: 'family', change: 'deteriorated', fromScore: 6, toScore: 4.75 },
    ]);
    expect(changeWords(found[0])).toBe('Reliable decline in Family');
  });

  it('lists the total before the subscales at one measure, newest measure first', () => {
    const rows = [
      row('a', '2026-01-01', 6, { family: 6, friends: 6 }),
      row('b', '2026-02-01', 4.5, { family: 4.5, friends: 4.5 }),
      row('c', '2026-03-01', 6, { family: 6, friends: 4.5 }),
    ];
    expect(reliableIntervals(rows, mspssNorms).map(({ id }) => id)).toEqual(['c.total', 'c.family', 'b.total', 'b.family', 'b.friends']);
    expect(changeWords(reliableIntervals(rows, mspssNorms)[0])).toBe('Reliable improvement');
  });

  it('skips a subscale a measure has no score for', () => {
    const rows = [row('a', '2026-01-01', 6, { family: 6 }), row('b', '2026-02-01', 6, {})];
    expect(reliableIntervals(rows, mspssNorms)).toEqual([]);
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
