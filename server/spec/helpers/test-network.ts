/** A valid network-member body; override fields to make it invalid. */
export function memberBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Jo Example',
    relationship: 'sibling',
    supportTypes: ['emotional', 'companionship'],
    tieStrength: 'strong',
    tieQuality: 'supportive',
    energyFlow: 'both',
    contactFrequency: 'weekly',
    livesWithClient: false,
    involvement: 'informed',
    consent: { status: 'granted', scope: 'Attendance and progress', givenOn: '2026-02-01', expiresOn: '2027-02-01' },
    emergencyContact: true,
    boundariesNote: '',
    activeFrom: '2026-01-05',
    ...overrides,
  };
}
