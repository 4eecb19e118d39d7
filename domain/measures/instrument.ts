import type { MeasureScores } from './measure-scores';

export type { MeasureScores };

/** A validated questionnaire as data: what a form shows, how it scores, how a score reads. */
export interface ResponseOption {
  readonly value: number;
  readonly label: string;
}

export interface InstrumentItem {
  /** 1-based, as printed in the instrument. */
  readonly number: number;
  readonly text: string;
  /** Heading printed above this item in the original, if any (LSNS-6 groups family and friends). */
  readonly group?: string;
}

export interface Subscale {
  readonly code: string;
  readonly name: string;
  /** 1-based item numbers. */
  readonly items: readonly number[];
}

/**
 * An interpretation band. `min`/`max` are inclusive bounds on the score; MSPSS's "low < 3" is
 * `max` just below 3 via `maxExclusive`.
 */
export interface Band {
  readonly code: string;
  readonly label: string;
  readonly min: number;
  readonly max: number;
  /** True when `max` itself is outside the band (e.g. MSPSS low: below 3). */
  readonly maxExclusive?: boolean;
  /** True when `min` itself is outside the band (e.g. MSPSS high: above 5). */
  readonly minExclusive?: boolean;
  /** Whether this band is a clinical concern (drawn in the warning colour, raises a flag). */
  readonly concern: boolean;
}

export interface Instrument {
  readonly code: InstrumentCode;
  readonly shortName: string;
  readonly name: string;
  readonly citation: string;
  readonly instructions: string;
  readonly items: readonly InstrumentItem[];
  readonly responseOptions: readonly ResponseOption[];
  readonly subscales: readonly Subscale[];
  /** How the total is formed, for people reading the score. */
  readonly totalRule: string;
  readonly scoreRange: { readonly min: number; readonly max: number };
  readonly bands: readonly Band[];
  /** Whether a higher score means more social connection (false for loneliness). */
  readonly higherIsBetter: boolean;
  /** Decimal places a score is shown with. */
  readonly decimals: number;
  /** Authoritative scoring: every answer present and on the scale (callers validate first). */
  readonly score: (answers: readonly number[]) => MeasureScores;
}

export const INSTRUMENT_CODES = ['mspss', 'lsns-6', 'ucla-3'] as const;
export type InstrumentCode = (typeof INSTRUMENT_CODES)[number];

/** The band a score falls in; scores are always in range, so one band always matches. */
export function bandOf(bands: readonly Band[], score: number): Band {
  const band = bands.find(
    (candidate) =>
      (candidate.minExclusive ? score > candidate.min : score >= candidate.min) &&
      (candidate.maxExclusive ? score < candidate.max : score <= candidate.max),
  );
  if (!band) {
    throw new RangeError(`Score ${score} is outside every band.`);
  }
  return band;
}

export const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

/** The answers to the given 1-based item numbers. */
export const answersTo = (answers: readonly number[], items: readonly number[]): number[] => items.map((item) => answers[item - 1]);
