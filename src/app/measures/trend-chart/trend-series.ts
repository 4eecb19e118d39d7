import type { InstrumentCode } from '@domain/measures/instrument';
import type { MeasureResponse } from '@domain/measures/measure';
import type { NetworkMemberFacts } from '@domain/network/network-member';
import { summarizeNetwork } from '@domain/network/network-summary';
import { measureSource, type MeasureSource } from '../measure-source';
import type { SessionStatus, SessionType } from '@domain/sessions/session-codes';

/**
 * The numbers behind the trend chart and its table, as plain data (no Angular, no chart.js): the
 * chart and the table are both drawn from these rows, so they cannot disagree.
 */

/** A calendar date (YYYY-MM-DD) as the local midnight the time axis places it at. */
export function timeOfDate(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(year, month - 1, day).getTime();
}

/** One measure of the chosen instrument, with the network as it stood that day. */
export interface TrendRow {
  readonly measureId: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  /** `date` on the time axis (ms). */
  readonly x: number;
  readonly total: number;
  readonly band: string;
  /** Subscale code → score. */
  readonly subscales: Readonly<Record<string, number>>;
  /** Null when the network could not be loaded. */
  readonly activeMembers: number | null;
  readonly supportiveTies: number | null;
  /** Entered by a clinician or answered by the client through a self-report link (absent: clinician). */
  readonly source?: MeasureSource;
}

/** The network figures the chart follows over time. */
export interface NetworkPoint {
  readonly date: string;
  readonly activeMembers: number;
  readonly supportiveTies: number;
}

/**
 * The network size on each date, from every member the client ever had (current and ended): who
 * was active then follows activeFrom/endedOn exactly. Tie quality is each member's as recorded
 * today; a tie that changed quality is counted with its current quality on earlier dates too.
 */
export function networkSeries(members: readonly NetworkMemberFacts[], dates: readonly string[]): NetworkPoint[] {
  return dates.map((date) => {
    const summary = summarizeNetwork(members, date);
    return { date, activeMembers: summary.activeMembers, supportiveTies: summary.supportiveTies };
  });
}

/** The chosen instrument's measures, oldest first, each with the network on its date. */
export function trendRows(
  measures: readonly MeasureResponse[],
  instrument: InstrumentCode,
  members: readonly NetworkMemberFacts[] | null,
): TrendRow[] {
  const chosen = measures
    .filter((measure) => measure.instrument === instrument)
    .sort((a, b) => a.administeredOn.localeCompare(b.administeredOn) || a.id.localeCompare(b.id));
  const network = members === null ? null : networkSeries(members, chosen.map((measure) => measure.administeredOn));
  return chosen.map((measure, index) => ({
    measureId: measure.id,
    date: measure.administeredOn,
    x: timeOfDate(measure.administeredOn),
    total: measure.scores.total,
    band: measure.scores.band,
    subscales: measure.scores.subscales,
    activeMembers: network?.[index].activeMembers ?? null,
    supportiveTies: network?.[index].supportiveTies ?? null,
    source: measureSource(measure),
  }));
}

/** How a family session shows on the time axis. */
export type SessionMarkerKind = 'completed' | 'planned' | 'missed';

export interface SessionMarker {
  /** The session's start (ms). */
  readonly x: number;
  readonly kind: SessionMarkerKind;
}

/** What the chart needs of a family session. */
export interface SessionFacts {
  readonly id: string;
  readonly startsAt: string;
  readonly status: SessionStatus;
  /** Named in the "between these two measures" panel. */
  readonly type: SessionType;
}

const MARKER_KINDS: Readonly<Record<SessionStatus, SessionMarkerKind>> = {
  completed: 'completed',
  planned: 'planned',
  cancelled: 'missed',
  'no-show': 'missed',
};

/** Family sessions as markers, oldest first. */
export function sessionMarkers(sessions: readonly SessionFacts[]): SessionMarker[] {
  return sessions
    .map((session) => ({ x: Date.parse(session.startsAt), kind: MARKER_KINDS[session.status] }))
    .filter((marker) => !Number.isNaN(marker.x))
    .sort((a, b) => a.x - b.x);
}

/** The instruments that have at least one measure, in catalogue order. */
export function measuredInstruments(measures: readonly MeasureResponse[], order: readonly InstrumentCode[]): InstrumentCode[] {
  return order.filter((code) => measures.some((measure) => measure.instrument === code));
}
