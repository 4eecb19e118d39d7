import { addDays } from '../common/iso-date';
import { INSTRUMENT_CODES, type InstrumentCode } from './instrument';
import type { InstrumentIndicator, MeasureIndicators, SubscaleIndicator } from './measure-indicators-schema';
import { MEASURE_FLAGS, type MeasureFlag } from './measure-flag-labels';
import { PUBLISHED_CLINIC_NORMS, reliableChange, type ChangeNorm, type ClinicNorms } from './reliable-change';

/** Days without any measure after which reassessment is overdue, unless the clinic sets another. */
export const DEFAULT_REASSESSMENT_DAYS = 30;

// The labels live apart so that the caseload shows them without this module's schemas (zod, #18).
export { MEASURE_FLAGS, type MeasureFlag };
export const MEASURE_FLAG_CODES = Object.keys(MEASURE_FLAGS) as [MeasureFlag, ...MeasureFlag[]];
// The indicators' schemas live apart too: this module is zod-free, so the client page's measures card
// and flag list, which read the labels and the types, leave zod to the forms that validate (#18).
export type { InstrumentIndicator, MeasureIndicators, SubscaleIndicator, TrendDirection } from './measure-indicators-schema';

/** Flags that depend on today's date, so they are derived when read, never stored. */
export const DATED_MEASURE_FLAGS = ['reassessment-overdue'] as const satisfies readonly MeasureFlag[];
export type DatedMeasureFlag = (typeof DATED_MEASURE_FLAGS)[number];
/** Flags from session records, not measures (the rule: raisesRiskFlag in domain/sessions/family-session.ts). */
export const SESSION_FLAGS = ['risk-noted'] as const satisfies readonly MeasureFlag[];
export type SessionFlag = (typeof SESSION_FLAGS)[number];
/** Flags that are added when read, never stored with the measure status. */
const READ_TIME_FLAGS: readonly MeasureFlag[] = [...DATED_MEASURE_FLAGS, ...SESSION_FLAGS];
/** Flags that follow from the measures alone: computed when a measure is written, and stored. */
export type ScoreFlag = Exclude<MeasureFlag, DatedMeasureFlag | SessionFlag>;
export const SCORE_FLAG_CODES = MEASURE_FLAG_CODES.filter((flag): flag is ScoreFlag => !READ_TIME_FLAGS.includes(flag));

/** What the flags need of one measure. */
export interface MeasurePoint {
  readonly instrument: InstrumentCode;
  readonly administeredOn: string;
  readonly total: number;
  /** Subscale code → score, as scored (only flagged subscales are judged). */
  readonly subscales: Readonly<Record<string, number>>;
  readonly band: string;
}

export interface FlagContext {
  /** YYYY-MM-DD. */
  readonly today: string;
  readonly treatmentStart: string;
  /** Only active clients are due for reassessment. */
  readonly active: boolean;
  readonly reassessmentDays: number;
  /** Some session of the client has risk concerns no clinician has reviewed yet (raisesRiskFlag). */
  readonly riskNoted: boolean;
}

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

const byDate = (a: MeasurePoint, b: MeasurePoint) => a.administeredOn.localeCompare(b.administeredOn);

function trendOf(norm: ChangeNorm, series: readonly MeasurePoint[]): Pick<InstrumentIndicator, 'trend' | 'improving'> {
  if (series.length < 2) {
    return { trend: null, improving: null };
  }
  // The last three measures: their first against their last, so one odd answer sheet is smoothed.
  const window = series.slice(-3);
  const from = window[0].total;
  const to = window[window.length - 1].total;
  const change = reliableChange(norm, from, to);
  if (change === 'none') {
    return { trend: 'flat', improving: null };
  }
  return { trend: to > from ? 'up' : 'down', improving: change === 'improved' };
}

/** What the measures alone say: latest scores and trends, and the flags that do not depend on the date. */
export interface ScoreIndicators extends MeasureIndicators {
  readonly flags: readonly ScoreFlag[];
}

/**
 * Latest score, trend and date-independent flags per client from its measures (any order), judged
 * against the clinic's change norms (the published ones until it has its own). With
 * `withReassessment`, the one place the flag rules live: the Overview, the caseload and the team
 * dashboard all read these (the SQL twins in server/measures/flag-sql.ts are built from them).
 */
export function scoreIndicators(measures: readonly MeasurePoint[], norms: ClinicNorms = PUBLISHED_CLINIC_NORMS): ScoreIndicators {
  const latest: Partial<Record<InstrumentCode, InstrumentIndicator>> = {};
  const flags = new Set<ScoreFlag>();
  let lastMeasuredOn: string | null = null;
  for (const instrument of INSTRUMENT_CODES) {
    const series = measures.filter((measure) => measure.instrument === instrument).sort(byDate);
    if (series.length === 0) {
      continue;
    }
    const norm = norms.totals[instrument];
    const first = series[0];
    const last = series[series.length - 1];
    const previous = series.length > 1 ? series[series.length - 2] : null;
    const declined = previous !== null && reliableChange(norm, previous.total, last.total) === 'deteriorated';
    const sinceFirst = series.length > 1 ? reliableChange(norm, first.total, last.total) : 'none';
    const subscales = norms.subscales[instrument].flatMap((subscaleNorm) => subscaleIndicator(subscaleNorm, first, previous, last));
    latest[instrument] = {
      total: last.total,
      band: last.band,
      administeredOn: last.administeredOn,
      declined,
      declinedSinceFirst: sinceFirst === 'deteriorated',
      improvedSinceFirst: sinceFirst === 'improved',
      norm,
      subscales,
      ...trendOf(norm, series),
    };
    // A subscale's reliable decline raises the same flags as the total's.
    if (declined || subscales.some((subscale) => subscale.declined)) {
      flags.add('decline');
    }
    if (sinceFirst === 'deteriorated' || subscales.some((subscale) => subscale.declinedSinceFirst)) {
      flags.add('decline-since-first');
    }
    if (lastMeasuredOn === null || last.administeredOn > lastMeasuredOn) {
      lastMeasuredOn = last.administeredOn;
    }
  }
  if (latest.mspss?.band === 'low') {
    flags.add('low-perceived-support');
  }
  if (latest['lsns-6']?.band === 'isolation-risk') {
    flags.add('isolation-risk');
  }
  if (latest['ucla-3']?.band === 'lonely') {
    flags.add('loneliness');
  }
  return { latest, lastMeasuredOn, flags: SCORE_FLAG_CODES.filter((flag) => flags.has(flag)) };
}

/**
 * One subscale judged like the total: against the previous and the first measure. A measure without
 * the subscale's score (an older scoring) leaves it out.
 */
function subscaleIndicator(norm: ChangeNorm, first: MeasurePoint, previous: MeasurePoint | null, last: MeasurePoint): SubscaleIndicator[] {
  const score = (point: MeasurePoint | null) => point?.subscales[norm.scale];
  const latest = score(last);
  if (latest === undefined) {
    return [];
  }
  const before = score(previous);
  const start = first === last ? undefined : score(first);
  const sinceFirst = start === undefined ? 'none' : reliableChange(norm, start, latest);
  return [
    {
      scale: norm.scale,
      score: latest,
      declined: before !== undefined && reliableChange(norm, before, latest) === 'deteriorated',
      declinedSinceFirst: sinceFirst === 'deteriorated',
      improvedSinceFirst: sinceFirst === 'improved',
      norm,
    },
  ];
}

/** Every flag as of `context.today`: the measures' own flags plus the date-dependent ones. */
export function measureIndicators(measures: readonly MeasurePoint[], context: FlagContext, norms: ClinicNorms = PUBLISHED_CLINIC_NORMS): MeasureIndicators {
  return withReassessment(scoreIndicators(measures, norms), context);
}

/** Active, and more than N days since the last measure (or since treatment start, if never measured). */
export function reassessmentOverdue(lastMeasuredOn: string | null, context: FlagContext): boolean {
  return context.active && daysBetween(lastMeasuredOn ?? context.treatmentStart, context.today) > context.reassessmentDays;
}

/** The last date a measure may carry and still not be overdue today: for filtering in SQL. */
export function reassessmentCutoff(today: string, reassessmentDays: number): string {
  return addDays(today, -reassessmentDays);
}

/**
 * Adds the flags that are read, not stored, to indicators computed from the measures alone (e.g.
 * stored at write time): the date-dependent one and the session one.
 */
export function withReassessment(stored: MeasureIndicators, context: FlagContext): MeasureIndicators {
  const flags = new Set<MeasureFlag>(stored.flags.filter((flag) => !READ_TIME_FLAGS.includes(flag)));
  if (reassessmentOverdue(stored.lastMeasuredOn, context)) {
    flags.add('reassessment-overdue');
  }
  if (context.riskNoted) {
    flags.add('risk-noted');
  }
  return { ...stored, flags: MEASURE_FLAG_CODES.filter((flag) => flags.has(flag)) };
}
