import * as z from '../validation/z';
import { INSTRUMENT_CODES } from './instrument';

/** The threshold one scale's change is judged against, and what it was worked out from. */
export const changeNormSchema = z.object({
  instrument: z.enum(INSTRUMENT_CODES),
  /** `total`, or a subscale code. */
  scale: z.string(),
  r: z.number(),
  sd: z.number(),
  /** Whether SD came from the clinic's first measures or the published figure. */
  sdSource: z.enum(['clinic', 'published']),
  /** Clients whose first measure gave the clinic SD (0 with the published one). */
  clinicClients: z.number().int(),
  /** Score steps a change must reach: the raw threshold rounded up to a score the scale can move by. */
  steps: z.number().int(),
  /** steps × the scale's step, in score points. */
  threshold: z.number(),
  source: z.string(),
});
export type ChangeNorm = z.infer<typeof changeNormSchema>;
