import { INSTRUMENT_CODES } from '../measures/instrument';
import * as z from '../validation/z';
import { type ChangeNorm, type ReliableChange, reliableChange } from '../measures/reliable-change';

/** The rule of the supervisor outcomes card, in the one line the card shows under its title. */
export const OUTCOMES_RULE =
  'Clients with at least two measures in the period: change from their first to their last measure in the period, on the total, against the same reliable-change threshold the flags use.';

/** One measure of a client in the period, with what orders a client's measures (date, then id). */
export interface PeriodMeasure {
  readonly administeredOn: string;
  readonly id: string;
  readonly total: number;
}

/**
 * The reliable change of one client on one instrument over the period: first to last measure (by
 * date, then id) judged by reliableChange. Null with fewer than two measures: the client is not counted.
 */
export function periodOutcome(norm: ChangeNorm, measures: readonly PeriodMeasure[]): ReliableChange | null {
  if (measures.length < 2) {
    return null;
  }
  const ordered = [...measures].sort((a, b) => (a.administeredOn === b.administeredOn ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.administeredOn < b.administeredOn ? -1 : 1));
  return reliableChange(norm, ordered[0].total, ordered[ordered.length - 1].total);
}

/** Counts of one therapist (or the team, therapistId null) on one instrument. */
export const outcomeCountsSchema = z.object({
  therapistId: z.string().nullable(),
  instrument: z.enum(INSTRUMENT_CODES),
  /** Clients with at least two measures of the instrument in the period. */
  clients: z.number().int(),
  improved: z.number().int(),
  noChange: z.number().int(),
  deteriorated: z.number().int(),
});
export type OutcomeCounts = z.infer<typeof outcomeCountsSchema>;

/** A count as a whole percentage of `clients`; null when nobody was counted. */
export function outcomeShare(count: number, clients: number): number | null {
  return clients === 0 ? null : Math.round((count / clients) * 100);
}
