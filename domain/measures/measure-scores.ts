import * as z from '../validation/z';

// Apart from instrument.ts, whose codes, bands and scoring the caseload's first load needs without
// zod (#18).
export const measureScoresSchema = z.object({
  total: z.number(),
  /** Subscale code → score. */
  subscales: z.record(z.string(), z.number()).readonly(),
  /** Band code of the total. */
  band: z.string(),
});
export type MeasureScores = z.infer<typeof measureScoresSchema>;
