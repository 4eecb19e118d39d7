const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const calendarDate = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

/**
 * When something happened, as a person says it: "just now", "5 minutes ago", "yesterday", and the
 * date itself once it is more than a week old.
 */
export function relativeTime(at: string, now: number): string {
  const then = Date.parse(at);
  const elapsed = Math.max(0, now - then);
  if (elapsed < MINUTE) {
    return 'just now';
  }
  if (elapsed < HOUR) {
    return relative.format(-Math.floor(elapsed / MINUTE), 'minute');
  }
  if (elapsed < DAY) {
    return relative.format(-Math.floor(elapsed / HOUR), 'hour');
  }
  if (elapsed < 7 * DAY) {
    return relative.format(-Math.floor(elapsed / DAY), 'day');
  }
  return calendarDate.format(then);
}
