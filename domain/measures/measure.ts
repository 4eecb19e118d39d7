import { versionedShape } from '../common/versioned';
import { MEASURE_SOURCES } from '../self-report/self-report-request';
import * as z from '../validation/z';
import { INSTRUMENT_CODES } from './instrument';
import { measureScoresSchema } from './measure-scores';

export const COMPLETED_BY = { 'self-report': 'Client self-report', 'clinician-administered': 'Clinician-administered' } as const;
export type CompletedBy = keyof typeof COMPLETED_BY;
export const COMPLETED_BY_CODES = Object.keys(COMPLETED_BY) as [CompletedBy, ...CompletedBy[]];

/** One administration of an instrument. Scores are always the server's, computed from the answers. */
export const measureResponseSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  instrument: z.enum(INSTRUMENT_CODES),
  /** YYYY-MM-DD. */
  administeredOn: z.string(),
  completedBy: z.enum(COMPLETED_BY_CODES),
  /** Entered by a clinician, or sent in by the client through a self-report link (the chart marks these). */
  source: z.enum(MEASURE_SOURCES),
  /** Answer values in item order. */
  answers: z.array(z.number()).readonly(),
  scores: measureScoresSchema,
  /** True once the measure was corrected by amendment. */
  amended: z.boolean(),
  ...versionedShape,
});
export type MeasureResponse = z.infer<typeof measureResponseSchema>;

/** One saved version of a measure, with who saved it and why. */
export const measureRevisionSchema = z.object({
  version: z.number().int(),
  recordedAt: z.string(),
  recordedByName: z.string(),
  reason: z.string().nullable(),
  measure: measureResponseSchema,
});
export type MeasureRevision = z.infer<typeof measureRevisionSchema>;
