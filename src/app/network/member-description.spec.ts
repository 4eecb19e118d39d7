import { describeMember, supportTypesInWords } from './member-description';
import { memberWith } from './testing/network-fixtures';

describe('describeMember', () => {
  it('says in words everything the drawing shows of a member', () => {
    expect(describeMember(memberWith(), '2026-11-25')).toBe(
      'Maria Lopez, Parent (Family). Strong, supportive tie. Support flows both ways. ' +
        'Gives emotional and instrumental support. Contact weekly. Consent to share: current.',
    );
  });

  it('names harmful ties, one-way flows, missing support and missing consent', () => {
    const member = memberWith({
      name: 'Riverside AA meeting',
      relationship: 'mutual-help-group',
      category: 'peers-groups',
      tieStrength: 'weak',
      tieQuality: 'harmful',
      energyFlow: 'from-client',
      supportTypes: [],
      contactFrequency: 'less-often',
      consent: { status: 'not-asked', scope: '', givenOn: null, expiresOn: null },
    });

    expect(describeMember(member, '2026-11-25')).toBe(
      'Riverside AA meeting, Mutual-help group (Peers & groups). Weak, harmful tie. Support flows from the client. ' +
        'No support type recorded. Contact less often. Consent to share not asked.',
    );
  });

  it('judges consent on the date shown', () => {
    const member = memberWith({
      consent: { status: 'granted', scope: '', givenOn: '2026-01-01', expiresOn: '2026-06-30' },
    });

    expect(describeMember(member, '2026-06-15')).toContain('Consent to share expires soon.');
    expect(describeMember(member, '2026-07-01')).toContain('Consent to share has expired.');
  });
});

describe('supportTypesInWords', () => {
  it('lists support types as a sentence does', () => {
    expect(supportTypesInWords([])).toBe('');
    expect(supportTypesInWords(['emotional'])).toBe('emotional');
    expect(supportTypesInWords(['emotional', 'informational', 'companionship'])).toBe(
      'emotional, informational and companionship',
    );
  });
});
