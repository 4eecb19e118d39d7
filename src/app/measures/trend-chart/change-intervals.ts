import { reliableChange, type ChangeNorm, type Scale } from '@domain/measures/reliable-change';
import type { InstrumentCode } from '@domain/measures/instrument';
import { instrumentOf } from '@domain/measures/instrument-catalog';
import { eventsBetween } from '@domain/network/network-events';
import type { NamedNetworkEvent } from './named-network-events';
import type { SessionFacts, TrendRow } from './trend-series';
import { localDateOf } from '../../shared/time/local-time';

/** Two consecutive measures whose scores on one scale differ by at least its reliable-change threshold. */
export interface ChangeInterval {
  /** The later measure's id and the scale: one interval per scale can end at each measure. */
  readonly id: string;
  /** `total`, or the subscale whose change this is. */
  readonly scale: Scale;
  /** The threshold the change was judged against. */
  readonly norm: ChangeNorm;
  readonly from: TrendRow;
  readonly to: TrendRow;
  /** The scale's score in each measure. */
  readonly fromScore: number;
  readonly toScore: number;
  readonly change: 'improved' | 'deteriorated';
  /** toScore − fromScore, in score points. */
  readonly difference: number;
}

/** A row's score on one scale; undefined when the measure has no such subscale score. */
export function scoreOn(row: TrendRow, scale: Scale): number | undefined {
  return scale === 'total' ? row.total : row.subscales[scale];
}

/**
 * The reliable changes between consecutive measures, newest first, and at each measure the scales
 * in the order of `norms` (the total's norm first, then the flagged subscales'): a family-support
 * decline is listed even when friends made up for it in the total.
 */
export function reliableIntervals(rows: readonly TrendRow[], norms: readonly ChangeNorm[]): ChangeInterval[] {
  const intervals = rows.slice(1).flatMap((to, index) => {
    const from = rows[index];
    return norms.flatMap((norm): ChangeInterval[] => {
      const fromScore = scoreOn(from, norm.scale);
      const toScore = scoreOn(to, norm.scale);
      if (fromScore === undefined || toScore === undefined) {
        return [];
      }
      const change = reliableChange(norm, fromScore, toScore);
      return change === 'none'
        ? []
        : [{ id: `${to.measureId}.${norm.scale}`, scale: norm.scale, norm, from, to, fromScore, toScore, change, difference: toScore - fromScore }];
    });
  });
  // Newest measure first; within one measure the stable sort keeps the norms' order.
  return intervals.sort((a, b) => b.to.x - a.to.x);
}

/** "Reliable decline" for the total; "Reliable decline in Family" for a subscale. */
export function changeWords(interval: Pick<ChangeInterval, 'change' | 'norm'>): string {
  const words = interval.change === 'deteriorated' ? 'Reliable decline' : 'Reliable improvement';
  const { scale, instrument } = interval.norm;
  return scale === 'total' ? words : `${words} in ${subscaleName(instrument, scale)}`;
}

/** A subscale's name as the instrument calls it ("Family", "Significant other"). */
export function subscaleName(instrument: InstrumentCode, scale: Scale): string {
  return instrumentOf(instrument).subscales.find((subscale) => subscale.code === scale)?.name ?? scale;
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
