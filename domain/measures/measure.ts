import type { Versioned } from '../common/versioned';
import type { MeasureSource } from '../self-report/self-report-request';
import type { InstrumentCode, MeasureScores } from './instrument';

export const COMPLETED_BY = { 'self-report': 'Client self-report', 'clinician-administered': 'Clinician-administered' } as const;
export type CompletedBy = keyof typeof COMPLETED_BY;
export const COMPLETED_BY_CODES = Object.keys(COMPLETED_BY) as [CompletedBy, ...CompletedBy[]];

/** One administration of an instrument. Scores are always the server's, computed from the answers. */
export interface MeasureResponse extends Versioned {
  readonly id: string;
  readonly clientId: string;
  readonly instrument: InstrumentCode;
  /** YYYY-MM-DD. */
  readonly administeredOn: string;
  readonly completedBy: CompletedBy;
  /** Entered by a clinician, or sent in by the client through a self-report link (the chart marks these). */
  readonly source: MeasureSource;
  /** Answer values in item order. */
  readonly answers: readonly number[];
  readonly scores: MeasureScores;
  /** True once the measure was corrected by amendment. */
  readonly amended: boolean;
}

/** One saved version of a measure, with who saved it and why. */
export interface MeasureRevision {
  readonly version: number;
  readonly recordedAt: string;
  readonly recordedByName: string;
  readonly reason: string | null;
  readonly measure: MeasureResponse;
}
