/** A valid referral body to a directory programme (the test clock reads 2026-11-25). */
export function referralBody(target: { programmeId?: string; groupId?: string }, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...target,
    consentToShare: true,
    consentGivenOn: '2026-11-20',
    sharedDetails: ['name', 'contact-details'],
    reason: 'Would like to meet others who have been through the same.',
    referredOn: '2026-11-20',
    ...overrides,
  };
}
