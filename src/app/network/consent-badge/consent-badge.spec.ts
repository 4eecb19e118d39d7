import { ICON_PATHS } from '../../shared/icon/icon-paths';
import { TestBed } from '@angular/core/testing';
import type { NetworkMemberFacts } from '@domain/network/network-member';
import { ConsentBadge } from './consent-badge';

describe('ConsentBadge', () => {
  async function badge(
    consent: NetworkMemberFacts['consent'],
    onDate = '2026-11-25',
  ): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(ConsentBadge);
    fixture.componentRef.setInput('consent', consent);
    fixture.componentRef.setInput('onDate', onDate);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('says when consent is current, without a warning', async () => {
    const host = await badge({
      status: 'granted',
      scope: '',
      givenOn: '2026-01-01',
      expiresOn: null,
    });

    expect(host.textContent).toContain('Consent to share: current');
    expect(host.classList).toContain('current');
    expect(host.classList).not.toContain('blocked');
  });

  it('warns in words, not colour alone, when information may not be shared', async () => {
    for (const [consent, words] of [
      [
        { status: 'declined', scope: '', givenOn: null, expiresOn: null },
        'Declined consent to share information',
      ],
      [
        { status: 'not-asked', scope: '', givenOn: null, expiresOn: null },
        'Consent to share not asked',
      ],
      [
        { status: 'granted', scope: '', givenOn: '2026-01-01', expiresOn: '2026-06-30' },
        'Consent to share has expired',
      ],
    ] as const) {
      const host = await badge(consent);
      expect(host.textContent).withContext(words).toContain(words);
      expect(host.classList).withContext(words).toContain('blocked');
      expect(host.querySelector('app-icon path')?.getAttribute('d')).toBe(ICON_PATHS.warning);
    }
  });

  it('flags consent that expires within 30 days', async () => {
    const host = await badge({
      status: 'granted',
      scope: '',
      givenOn: '2026-01-01',
      expiresOn: '2026-12-10',
    });

    expect(host.textContent).toContain('Consent to share expires soon');
    expect(host.classList).toContain('expiring');
  });
});
