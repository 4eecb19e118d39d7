const pad = (value: number) => String(value).padStart(2, '0');

/** The calendar date (YYYY-MM-DD) of an instant on the user's own clock. */
export function localDateOf(instant: string | number | Date): string {
  const date = new Date(instant);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The time of day (HH:mm) of an instant on the user's own clock. */
export function localTimeOf(instant: string | number | Date): string {
  const date = new Date(instant);
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * The UTC instant (ISO 8601) of a date and time the user typed on their own clock, or null when
 * either is missing or not a real date and time.
 */
export function instantOf(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) {
    return null;
  }
  const instant = new Date(`${date}T${time}:00`);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}
