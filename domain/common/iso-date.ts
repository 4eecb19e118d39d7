import * as z from '../validation/z';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today's calendar date (UTC) as YYYY-MM-DD. */
export function todayIsoDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The calendar date `days` after (or before, if negative) a YYYY-MM-DD date. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A real calendar date written YYYY-MM-DD (rejects 2026-02-30). */
export const isoDateSchema = z
  .string({ error: 'Required.' })
  .regex(ISO_DATE, { error: 'Use the form YYYY-MM-DD.' })
  .refine((value) => {
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
  }, { error: 'Not a real date.' });
