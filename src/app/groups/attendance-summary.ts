import type { ClientGroup } from '@domain/groups/group';

/**
 * The client's attendance in one group as the Overview says it: "8 of 10 meetings" (present of the
 * meetings with attendance recorded for them; excused counts as not attended). Null before any is recorded.
 */
export function attendanceSummary(place: Pick<ClientGroup, 'meetings'>): string | null {
  const recorded = place.meetings.length;
  if (recorded === 0) {
    return null;
  }
  const present = place.meetings.filter((meeting) => meeting.attendance === 'present').length;
  return `${present} of ${recorded} ${recorded === 1 ? 'meeting' : 'meetings'}`;
}
