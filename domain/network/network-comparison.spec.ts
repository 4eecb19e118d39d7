import type { NetworkMember } from './network-member';
import { compareNetworks } from './network-comparison';

const member = (id: string, name: string, overrides: Partial<NetworkMember> = {}): NetworkMember => ({
  id,
  clientId: 'c',
  name,
  relationship: 'parent',
  category: 'family',
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
  version: 1,
  createdAt: '',
  createdBy: '',
  updatedAt: '',
  updatedBy: '',
  ...overrides,
});

describe('network comparison', () => {
  it('names ties added, ended and changed, in that order, each by name', () => {
    const differences = compareNetworks(
      [member('p', 'Pat'), member('f', 'Fran'), member('s', 'Sam'), member('u', 'Una')],
      [
        member('p', 'Pat', { tieQuality: 'strained', tieStrength: 'weak' }),
        member('s', 'Sam', { supportTypes: ['emotional', 'instrumental'], consent: { status: 'declined', scope: '', givenOn: null, expiresOn: null } }),
        member('u', 'Una', { boundariesNote: 'Changed note only', name: 'Una' }),
        member('n', 'Nia'),
      ],
    );
    expect(differences).toEqual([
      { memberId: 'n', name: 'Nia', kind: 'added', changes: [] },
      { memberId: 'f', name: 'Fran', kind: 'ended', changes: [] },
      { memberId: 'p', name: 'Pat', kind: 'changed', changes: ['Tie quality: supportive → strained', 'Tie strength: strong → weak'] },
      { memberId: 's', name: 'Sam', kind: 'changed', changes: ['Support given: emotional → emotional, instrumental', 'Consent to share: granted → declined'] },
    ]);
  });

  it('finds no difference between the same network', () => {
    const network = [member('p', 'Pat'), member('f', 'Fran')];
    expect(compareNetworks(network, network)).toEqual([]);
    expect(compareNetworks([], [])).toEqual([]);
  });
});
