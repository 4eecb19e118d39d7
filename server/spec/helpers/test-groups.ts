/** A valid create-group body: a weekly group from 2026-11-18 (the test clock reads 2026-11-25). */
export function groupBody(facilitatorIds: readonly string[], overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Tuesday peer support',
    kind: 'peer-support-group',
    capacity: 8,
    facilitatorIds,
    peerFacilitators: ['Robin (peer worker)'],
    schedule: {
      frequency: 'weekly',
      startDate: '2026-11-18',
      endDate: '2027-02-24',
      startTime: '18:00',
      durationMinutes: 90,
      modality: 'in-person',
      location: 'Room 2',
    },
    ...overrides,
  };
}
