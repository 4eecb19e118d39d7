/** YYYY-MM-DD in form (isoDateSchema also checks the date is real). Kept free of zod: the SPA's first route imports this module. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

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

