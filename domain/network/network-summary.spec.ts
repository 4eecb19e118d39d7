import type { NetworkMemberFacts, NetworkMemberRevision } from './network-member';
import { networkAsOf, summarizeNetwork } from './network-summary';

const base: NetworkMemberFacts = {
  name: 'Member',
  relationship: 'parent',
  supportTypes: ['emotional'],
  tieStrength: 'strong',
  tieQuality: 'supportive',
  energyFlow: 'both',
  contactFrequency: 'weekly',
  livesWithClient: false,
  involvement: 'none',
  consent: { status: 'granted', scope: '', givenOn: '2026-01-01', expiresOn: null },
  emergencyContact: false,
  boundariesNote: '',
  activeFrom: '2026-01-01',
  endedOn: null,
  endReason: null,
};
const member = (overrides: Partial<NetworkMemberFacts>): NetworkMemberFacts => ({ ...base, ...overrides });

describe('network summary', () => {
  it('counts active, supportive and strained or harmful ties, and involvement', () => {
    const summary = summarizeNetwork(
      [
        member({ tieQuality: 'supportive' }),
        member({ tieQuality: 'mixed', involvement: 'informed' }),
        member({ tieQuality: 'strained', involvement: 'attends-sessions' }),
        member({ tieQuality: 'harmful' }),
        member({ tieQuality: 'supportive', endedOn: '2026-03-01' }),
        member({ tieQuality: 'supportive', activeFrom: '2026-12-01' }),
      ],
      '2026-06-01',
    );
    expect(summary.activeMembers).toBe(4);
    expect(summary.supportiveTies).toBe(1);
    expect(summary.strainedOrHarmfulTies).toBe(2);
    expect(summary.involvedInTreatment).toBe(2);
  });

  it('covers a support type only through a strong supportive tie, and names the gaps', () => {
    const summary = summarizeNetwork(
      [
        member({ supportTypes: ['emotional', 'instrumental'] }),
        member({ tieStrength: 'moderate', supportTypes: ['informational'] }),
        member({ tieQuality: 'mixed', supportTypes: ['companionship'] }),
      ],
      '2026-06-01',
    );
    expect(summary.coveredSupportTypes).toEqual(['emotional', 'instrumental']);
    expect(summary.supportGaps).toEqual(['informational', 'companionship']);
  });

  it('counts consents expiring within 30 days and expired ones, on the given date', () => {
    const members = [
      member({ consent: { status: 'granted', scope: '', givenOn: '2026-01-01', expiresOn: '2026-06-30' } }),
      member({ consent: { status: 'granted', scope: '', givenOn: '2026-01-01', expiresOn: '2026-07-01' } }),
      member({ consent: { status: 'granted', scope: '', givenOn: '2026-01-01', expiresOn: '2026-07-02' } }),
      member({ consent: { status: 'granted', scope: '', givenOn: '2026-01-01', expiresOn: '2026-05-31' } }),
      member({ consent: { status: 'declined', scope: '', givenOn: null, expiresOn: null } }),
    ];
    const summary = summarizeNetwork(members, '2026-06-01');
    // 30 days after 2026-06-01 is 2026-07-01: that day still counts as expiring, the next does not.
    expect(summary.consentsExpiringSoon).toBe(2);
    expect(summary.consentsExpired).toBe(1);
  });

  describe('as of a past date', () => {
    const revisions: NetworkMemberRevision[] = [
      // A parent, supportive from January, recorded as strained in May.
      { memberId: 'p', version: 1, effectiveOn: '2026-01-01', facts: member({ name: 'Parent' }) },
      { memberId: 'p', version: 2, effectiveOn: '2026-05-10', facts: member({ name: 'Parent', tieQuality: 'strained' }) },
      // A friend from March whose ending was recorded in August but dated 1 July.
      { memberId: 'f', version: 1, effectiveOn: '2026-03-01', facts: member({ name: 'Friend', relationship: 'friend', activeFrom: '2026-03-01' }) },
      { memberId: 'f', version: 2, effectiveOn: '2026-04-01', facts: member({ name: 'Friend', relationship: 'friend', activeFrom: '2026-03-01', supportTypes: ['companionship'] }) },
      {
        memberId: 'f',
        version: 3,
        effectiveOn: '2026-07-01',
        facts: member({ name: 'Friend', relationship: 'friend', activeFrom: '2026-03-01', supportTypes: ['companionship'], endedOn: '2026-07-01', endReason: 'Moved away' }),
      },
      // A later edit of the ended friend's name does not bring them back.
      {
        memberId: 'f',
        version: 4,
        effectiveOn: '2026-08-15',
        facts: member({ name: 'Friend B.', relationship: 'friend', activeFrom: '2026-03-01', supportTypes: ['companionship'], endedOn: '2026-07-01', endReason: 'Moved away' }),
      },
    ];

    it('shows each member with the facts in force on that date', () => {
      expect([...networkAsOf(revisions, '2025-12-31').keys()]).toEqual([]);
      expect(networkAsOf(revisions, '2026-02-01').get('p')?.tieQuality).toBe('supportive');
      expect(networkAsOf(revisions, '2026-05-10').get('p')?.tieQuality).toBe('strained');
      expect(networkAsOf(revisions, '2026-03-15').get('f')?.supportTypes).toEqual(['emotional']);
      expect(networkAsOf(revisions, '2026-06-30').get('f')?.supportTypes).toEqual(['companionship']);
      expect(networkAsOf(revisions, '2026-07-01').has('f')).toBeFalse();
      expect(networkAsOf(revisions, '2026-09-01').has('f')).toBeFalse();
    });

    it('computes the same figures for any date', () => {
      // As the network route does for a past date: the members as they were, summarised on that day.
      const summarizeNetworkAsOf = (asOf: string) => summarizeNetwork([...networkAsOf(revisions, asOf).values()], asOf);
      expect(summarizeNetworkAsOf('2026-04-15')).toEqual(
        jasmine.objectContaining({ activeMembers: 2, supportiveTies: 2, strainedOrHarmfulTies: 0 }),
      );
      expect(summarizeNetworkAsOf('2026-06-01')).toEqual(
        jasmine.objectContaining({ activeMembers: 2, supportiveTies: 1, strainedOrHarmfulTies: 1 }),
      );
      expect(summarizeNetworkAsOf('2026-08-01')).toEqual(
        jasmine.objectContaining({ activeMembers: 1, supportiveTies: 0, strainedOrHarmfulTies: 1 }),
      );
    });
  });
});
