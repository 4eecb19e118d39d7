/** A session's span on the clock. */
export interface TimeSpan {
  readonly startsAt: string;
  readonly durationMinutes: number;
}

const endOf = (span: TimeSpan) => Date.parse(span.startsAt) + span.durationMinutes * 60_000;

/** Two sessions overlap when each starts before the other ends (back-to-back is fine). */
export function overlaps(a: TimeSpan, b: TimeSpan): boolean {
  return Date.parse(a.startsAt) < endOf(b) && Date.parse(b.startsAt) < endOf(a);
}
