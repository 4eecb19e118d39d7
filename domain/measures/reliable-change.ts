import type { ChangeNorm } from './change-norm-schema';
import { INSTRUMENT_CODES, type InstrumentCode } from './instrument';
import { instrumentOf } from './instrument-catalog';

/**
 * Reliable change (Jacobson & Truax, 1991): a change between two measures is more than measurement
 * noise when |Δ| ≥ 1.96 · SEdiff, where SEdiff = SD · √(2 · (1 − r)). r is the scale's reliability;
 * SD the spread of scores in a reference group: the clinic's own first measures once at least
 * CLINIC_SD_MIN_CLIENTS clients have one, else the published figure (see RELIABILITY_FIGURES).
 */
export const JACOBSON_TRUAX =
  'Jacobson, N. S., & Truax, P. (1991). Clinical significance: A statistical approach to defining meaningful change in psychotherapy research. Journal of Consulting and Clinical Psychology, 59(1), 12–19.';

/** How many clients' first measures the clinic needs before its own SD replaces the published one. */
export const CLINIC_SD_MIN_CLIENTS = 30;

/** The total, or one of the instrument's subscales by code. */
export type Scale = 'total' | string;

/** A reliability and a reference SD for one scale, with where they come from. */
export interface ReliabilityFigure {
  /** Reliability coefficient used as r. */
  readonly r: number;
  /** What kind of coefficient r is, as reported. */
  readonly rKind: 'test-retest' | 'internal consistency (α)';
  /** Published SD of the scale in the source's sample. */
  readonly sd: number;
  /** Short citation of both figures, shown beside every threshold. */
  readonly source: string;
  /** False when this figure could not be checked against the paper (the note on #17 lists them). */
  readonly confirmed: boolean;
}

/**
 * r and default SD per instrument and scale, as data with their source. Figures marked unconfirmed
 * were not checked against the paper while writing this and should be verified by a clinician
 * before the thresholds are relied on; the clinic's own SD replaces every SD once it has enough clients.
 *
 * Checked again on 2026-12-07 through public abstracts and summaries (the papers' tables were not
 * reachable), so every figure stays unconfirmed:
 * - Zimet et al. 1988: the abstract confirms the sample (136 women, 139 men, undergraduates) and
 *   "good internal and test-retest reliability", not the coefficients or the SDs.
 * - Hughes et al. 2004: α .72 for the three-item scale appears only in a secondary summary (with
 *   r .82 against the 20-item R-UCLA), not in the paper's own text as found.
 * - Lubben et al. 2006: the abstract says the LSNS-6 and its Family and Friends subscales showed
 *   "high levels of internal consistency" in all three samples, without the α values.
 */
export const RELIABILITY_FIGURES: Readonly<Record<InstrumentCode, Readonly<Record<Scale, ReliabilityFigure>>>> = {
  mspss: {
    // Zimet et al. (1988), undergraduates (n = 275); test–retest over 2–3 months (n = 69).
    total: { r: 0.85, rKind: 'test-retest', sd: 0.86, source: 'Zimet et al. 1988', confirmed: false },
    'significant-other': { r: 0.72, rKind: 'test-retest', sd: 1.25, source: 'Zimet et al. 1988', confirmed: false },
    family: { r: 0.85, rKind: 'test-retest', sd: 1.12, source: 'Zimet et al. 1988', confirmed: false },
    friends: { r: 0.75, rKind: 'test-retest', sd: 0.94, source: 'Zimet et al. 1988', confirmed: false },
  },
  'lsns-6': {
    // Lubben et al. (2006), three European samples of older adults; α reported per site.
    total: { r: 0.83, rKind: 'internal consistency (α)', sd: 6.0, source: 'Lubben et al. 2006', confirmed: false },
    family: { r: 0.84, rKind: 'internal consistency (α)', sd: 3.5, source: 'Lubben et al. 2006', confirmed: false },
    friends: { r: 0.8, rKind: 'internal consistency (α)', sd: 3.5, source: 'Lubben et al. 2006', confirmed: false },
  },
  'ucla-3': {
    // Hughes et al. (2004), Health and Retirement Study; α ≈ .72.
    total: { r: 0.72, rKind: 'internal consistency (α)', sd: 1.5, source: 'Hughes et al. 2004', confirmed: false },
  },
};

/**
 * The smallest change a scale's score can make: 1 for sums of whole-number answers (LSNS-6, UCLA-3),
 * 1/items for means (MSPSS: 1/12 for the total, 1/4 for a subscale).
 */
export function scoreStep(instrument: InstrumentCode, scale: Scale): number {
  const definition = instrumentOf(instrument);
  if (definition.decimals === 0) {
    return 1;
  }
  const items = scale === 'total' ? definition.items.length : (definition.subscales.find((subscale) => subscale.code === scale)?.items.length ?? 1);
  return 1 / items;
}

/** 1.96 · SD · √(2 · (1 − r)), before rounding to a reachable score. */
export function rawThreshold(sd: number, r: number): number {
  return 1.96 * sd * Math.sqrt(2 * (1 - r));
}

/** Sample SD (n − 1) of the given scores; NaN for fewer than two. */
export function sampleSd(scores: readonly number[]): number {
  if (scores.length < 2) {
    return Number.NaN;
  }
  const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
  return Math.sqrt(scores.reduce((sum, score) => sum + (score - mean) ** 2, 0) / (scores.length - 1));
}

// The schema lives apart (change-norm-schema.ts) so that the caseload's threshold words need no zod (#18).
export type { ChangeNorm };

/**
 * The change norm of one scale. With first-measure scores from at least CLINIC_SD_MIN_CLIENTS
 * clients, their SD is used; otherwise the published SD. The threshold is rounded up to the next
 * score the scale can reach, so "at least the threshold" is a whole number of steps.
 */
export function changeNorm(instrument: InstrumentCode, scale: Scale, clinicFirstScores: readonly number[] = []): ChangeNorm {
  const figure = RELIABILITY_FIGURES[instrument][scale];
  if (!figure) {
    throw new RangeError(`No reliability figure for ${instrument} ${scale}.`);
  }
  const clinic = clinicFirstScores.length >= CLINIC_SD_MIN_CLIENTS;
  const sd = clinic ? sampleSd(clinicFirstScores) : figure.sd;
  const step = scoreStep(instrument, scale);
  // A tiny tolerance keeps a raw threshold that is a whole number of steps from rounding up by float noise.
  const steps = Math.max(1, Math.ceil(rawThreshold(sd, figure.r) / step - 1e-9));
  return {
    instrument,
    scale,
    r: figure.r,
    sd,
    sdSource: clinic ? 'clinic' : 'published',
    clinicClients: clinic ? clinicFirstScores.length : 0,
    steps,
    threshold: steps * step,
    source: figure.source,
  };
}

/** Norms of every instrument's total. */
export type ChangeNorms = Readonly<Record<InstrumentCode, ChangeNorm>>;

/**
 * Subscales whose reliable change raises the decline flags and the improvement marker, as the totals
 * do: the MSPSS's three sources of support (#17), since a family-involvement service needs to see
 * "support from family fell" even when friends make up for it in the total. The LSNS-6 subscales
 * have norms too (their figures are estimates, see RELIABILITY_FIGURES) but raise no flag yet;
 * adding a code here is all it takes.
 */
export const FLAGGED_SUBSCALES: Readonly<Record<InstrumentCode, readonly string[]>> = {
  mspss: ['significant-other', 'family', 'friends'],
  'lsns-6': [],
  'ucla-3': [],
};

/** Norms of each instrument's flagged subscales, in FLAGGED_SUBSCALES order. */
export type SubscaleNorms = Readonly<Record<InstrumentCode, readonly ChangeNorm[]>>;

/** Every norm the flags are judged against: the totals and the flagged subscales. */
export interface ClinicNorms {
  readonly totals: ChangeNorms;
  readonly subscales: SubscaleNorms;
}

/** The published norms: what a clinic uses until it has enough clients of its own. */
export const PUBLISHED_NORMS: ChangeNorms = {
  mspss: changeNorm('mspss', 'total'),
  'lsns-6': changeNorm('lsns-6', 'total'),
  'ucla-3': changeNorm('ucla-3', 'total'),
};

/** The published norms of the totals and the flagged subscales. */
export const PUBLISHED_CLINIC_NORMS: ClinicNorms = {
  totals: PUBLISHED_NORMS,
  subscales: {
    mspss: FLAGGED_SUBSCALES.mspss.map((scale) => changeNorm('mspss', scale)),
    'lsns-6': FLAGGED_SUBSCALES['lsns-6'].map((scale) => changeNorm('lsns-6', scale)),
    'ucla-3': FLAGGED_SUBSCALES['ucla-3'].map((scale) => changeNorm('ucla-3', scale)),
  },
};

/** Every norm of a clinic, totals first (instrument order), then the subscales. */
export function allNorms(norms: ClinicNorms): ChangeNorm[] {
  return [...INSTRUMENT_CODES.map((code) => norms.totals[code]), ...INSTRUMENT_CODES.flatMap((code) => norms.subscales[code])];
}

export type ReliableChange = 'improved' | 'deteriorated' | 'none';

/**
 * Whether `from` → `to` is a reliable change, and which way, for the norm's scale. Compared in score
 * steps (rounded), so float noise in means cannot put a change on the wrong side of the threshold.
 */
export function reliableChange(norm: ChangeNorm, from: number, to: number): ReliableChange {
  const step = scoreStep(norm.instrument, norm.scale);
  const steps = Math.round((to - from) / step);
  if (Math.abs(steps) < norm.steps) {
    return 'none';
  }
  const better = instrumentOf(norm.instrument).higherIsBetter ? steps > 0 : steps < 0;
  return better ? 'improved' : 'deteriorated';
}

/** "MSPSS" for a total, "MSPSS Family" for a subscale. */
export function scaleName(instrument: InstrumentCode, scale: Scale): string {
  const definition = instrumentOf(instrument);
  return scale === 'total' ? definition.shortName : `${definition.shortName} ${definition.subscales.find((s) => s.code === scale)?.name ?? scale}`;
}

/** One line saying what a reliable change of this scale is and where the figures come from. */
export function thresholdLine(norm: ChangeNorm): string {
  const definition = instrumentOf(norm.instrument);
  const name = scaleName(norm.instrument, norm.scale);
  const points = norm.threshold.toFixed(definition.decimals);
  const sd =
    norm.sdSource === 'clinic'
      ? `SD ${norm.sd.toFixed(2)} from this clinic’s first measures, ${norm.clinicClients} clients`
      : `SD ${norm.sd.toFixed(2)} published`;
  return `${name}: reliable change is ${points} or more (Jacobson & Truax 1991; r ${norm.r.toFixed(2).replace(/^0/, '')} from ${norm.source}; ${sd}).`;
}

/** One measure's scores, with what orders a client's measures (the SQL twin orders the same way). */
export interface ClinicScore {
  readonly clientId: string;
  readonly instrument: InstrumentCode;
  readonly administeredOn: string;
  readonly id: string;
  readonly total: number;
  /** Subscale code → score; only flagged subscales are read. */
  readonly subscales?: Readonly<Record<string, number>>;
}

/** Each client's first score per instrument and scale (`total` and each flagged subscale). */
export type FirstScores = Readonly<Record<InstrumentCode, Readonly<Record<Scale, readonly number[]>>>>;

/** Each client's first scores per instrument: the earliest date, then the lowest id. */
export function firstScoresOf(scores: readonly ClinicScore[]): FirstScores {
  const first = new Map<string, ClinicScore>();
  for (const score of scores) {
    const key = `${score.instrument} ${score.clientId}`;
    const known = first.get(key);
    if (!known || score.administeredOn < known.administeredOn || (score.administeredOn === known.administeredOn && score.id < known.id)) {
      first.set(key, score);
    }
  }
  const result = Object.fromEntries(
    INSTRUMENT_CODES.map((code) => [code, Object.fromEntries(['total', ...FLAGGED_SUBSCALES[code]].map((scale) => [scale, [] as number[]]))]),
  ) as Record<InstrumentCode, Record<Scale, number[]>>;
  for (const score of first.values()) {
    result[score.instrument]['total'].push(score.total);
    for (const scale of FLAGGED_SUBSCALES[score.instrument]) {
      const value = score.subscales?.[scale];
      if (value !== undefined) {
        result[score.instrument][scale].push(value);
      }
    }
  }
  return result;
}

/** The norms of a clinic from its clients' first scores per instrument and scale. */
export function clinicNorms(firstScores: FirstScores): ClinicNorms {
  const normsOf = (code: InstrumentCode) => ({
    total: changeNorm(code, 'total', firstScores[code]['total']),
    subscales: FLAGGED_SUBSCALES[code].map((scale) => changeNorm(code, scale, firstScores[code][scale] ?? [])),
  });
  const mspss = normsOf('mspss');
  const lsns = normsOf('lsns-6');
  const ucla = normsOf('ucla-3');
  return {
    totals: { mspss: mspss.total, 'lsns-6': lsns.total, 'ucla-3': ucla.total },
    subscales: { mspss: mspss.subscales, 'lsns-6': lsns.subscales, 'ucla-3': ucla.subscales },
  };
}

/** Whether two sets of norms judge every change the same (same scales, same steps, same kind of SD). */
export function sameThresholds(a: ClinicNorms, b: ClinicNorms): boolean {
  return sameBy(a, b, (norm) => `${norm.instrument} ${norm.scale} ${norm.steps} ${norm.sdSource}`);
}

/** Whether two sets of norms are the same in every figure they show: thresholds, SD and the clients it comes from. */
export function sameNorms(a: ClinicNorms, b: ClinicNorms): boolean {
  return sameBy(a, b, (norm) => `${norm.instrument} ${norm.scale} ${norm.steps} ${norm.sdSource} ${norm.sd} ${norm.clinicClients}`);
}

function sameBy(a: ClinicNorms, b: ClinicNorms, key: (norm: ChangeNorm) => string): boolean {
  const left = allNorms(a).map(key);
  const right = allNorms(b).map(key);
  return left.length === right.length && left.every((entry, index) => entry === right[index]);
}

/** The same in a few words, for a table cell: "MSPSS ≥ 1.00 (r .85 Zimet et al. 1988; published SD 0.86)". */
export function thresholdShort(norm: ChangeNorm): string {
  const definition = instrumentOf(norm.instrument);
  const sd = norm.sdSource === 'clinic' ? `clinic SD ${norm.sd.toFixed(2)}, ${norm.clinicClients} clients` : `published SD ${norm.sd.toFixed(2)}`;
  return `${scaleName(norm.instrument, norm.scale)} ≥ ${norm.threshold.toFixed(definition.decimals)} (r ${norm.r.toFixed(2).replace(/^0/, '')} ${norm.source}; ${sd})`;
}
