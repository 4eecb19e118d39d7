import { reliableChange, type ChangeNorm } from '@domain/measures/reliable-change';
import { eventsBetween } from '@domain/network/network-events';
import type { NamedNetworkEvent } from './named-network-events';
import type { SessionFacts, TrendRow } from './trend-series';
import { localDateOf } from '../../shared/time/local-time';

/** Two consecutive measures whose totals differ by at least the reliable-change threshold. */
export interface ChangeInterval {
  /** The later measure's id: one interval ends at each measure. */
  readonly id: string;
  readonly from: TrendRow;
  readonly to: TrendRow;
  readonly change: 'improved' | 'deteriorated';
  /** to − from, in score points. */
  readonly difference: number;
}

/** The reliable changes between consecutive measures (oldest first), judged against the instrument's norm. */
export function reliableIntervals(rows: readonly TrendRow[], norm: ChangeNorm | null): ChangeInterval[] {
  if (norm === null) {
    return [];
  }
  return rows.slice(1).flatMap((to, index) => {
    const from = rows[index];
    const change = reliableChange(norm, from.total, to.total);
    return change === 'none' ? [] : [{ id: to.measureId, from, to, change, difference: to.total - from.total }];
  });
}

/** What happened between two measures: network events and family sessions dated in it, both days included. */
export interface IntervalContents {
  readonly events: readonly NamedNetworkEvent[];
  readonly sessions: readonly SessionFacts[];
}

export function intervalContents(
  interval: Pick<ChangeInterval, 'from' | 'to'>,
  events: readonly NamedNetworkEvent[],
  sessions: readonly SessionFacts[],
): IntervalContents {
  const { date: from } = interval.from;
  const { date: to } = interval.to;
  return {
    events: eventsBetween(events, from, to),
    sessions: sessions
      .filter((session) => {
        const day = localDateOf(session.startsAt);
        return day >= from && day <= to;
      })
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
  };
}
