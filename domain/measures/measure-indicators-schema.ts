import * as z from '../validation/z';
import { changeNormSchema } from './change-norm-schema';
import type { InstrumentCode } from './instrument';
import { MEASURE_FLAG_CODES } from './measure-flags';

// The indicators the flags are computed with (measure-flags.ts), as the API declares them. Apart from
// measure-flags.ts, so the screens that only read them do not load zod (#18).

/** Score direction over the last three measures: `up` means the score rose beyond noise. */
export const trendDirectionSchema = z.enum(['up', 'flat', 'down']);
export type TrendDirection = z.infer<typeof trendDirectionSchema>;

/** Reliable change of one flagged subscale (FLAGGED_SUBSCALES), judged like the total. */
export const subscaleIndicatorSchema = z.object({
  /** The subscale's code, e.g. `family`. */
  scale: z.string(),
  /** Its score in the latest measure. */
  score: z.number(),
  /** A reliable deterioration since the previous measure: raises the `decline` flag. */
  declined: z.boolean(),
  /** A reliable deterioration since the first measure: raises `decline-since-first`. */
  declinedSinceFirst: z.boolean(),
  /** A reliable improvement since the first measure: a positive marker, never a flag. */
  improvedSinceFirst: z.boolean(),
  norm: changeNormSchema,
});
export type SubscaleIndicator = z.infer<typeof subscaleIndicatorSchema>;

export const instrumentIndicatorSchema = z.object({
  total: z.number(),
  band: z.string(),
  administeredOn: z.string(),
  /** Null with a single measure. */
  trend: trendDirectionSchema.nullable(),
  /** Whether the trend is good news for the client (loneliness going up is not). */
  improving: z.boolean().nullable(),
  /** A reliable deterioration since the previous measure (Jacobson & Truax; see reliable-change.ts). */
  declined: z.boolean(),
  /** A reliable deterioration since the first measure. */
  declinedSinceFirst: z.boolean(),
  /** A reliable improvement since the first measure: a positive marker, never a flag. */
  improvedSinceFirst: z.boolean(),
  /** The threshold these were judged against, and where its figures come from. */
  norm: changeNormSchema,
  /** The same judgements for each flagged subscale (empty for an instrument without). */
  subscales: z.array(subscaleIndicatorSchema).readonly(),
});
export type InstrumentIndicator = z.infer<typeof instrumentIndicatorSchema>;

export const measureIndicatorsSchema = z.object({
  /** The latest measure per instrument; an instrument never given is absent. */
  latest: z.object({
    mspss: instrumentIndicatorSchema.optional(),
    'lsns-6': instrumentIndicatorSchema.optional(),
    'ucla-3': instrumentIndicatorSchema.optional(),
  } satisfies Record<InstrumentCode, z.ZodType>),
  lastMeasuredOn: z.string().nullable(),
  flags: z.array(z.enum(MEASURE_FLAG_CODES)).readonly(),
});
export type MeasureIndicators = z.infer<typeof measureIndicatorsSchema>;
