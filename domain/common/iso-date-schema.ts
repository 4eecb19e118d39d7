import * as z from '../validation/z';
import { ISO_DATE } from './iso-date';

/** A real calendar date written YYYY-MM-DD (rejects 2026-02-30). */
export const isoDateSchema = z
  .string({ error: 'Required.' })
  .regex(ISO_DATE, { error: 'Use the form YYYY-MM-DD.' })
  .refine((value) => {
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
  }, { error: 'Not a real date.' });
