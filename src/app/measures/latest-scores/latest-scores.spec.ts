import { TestBed } from '@angular/core/testing';
import { changeNorm, PUBLISHED_NORMS } from '@domain/measures/reliable-change';
import { indicatorsWith, NO_RELIABLE_CHANGE } from '../testing/measures-fixtures';

const UCLA_CLINIC_NORM = changeNorm('ucla-3', 'total', Array.from({ length: 30 }, (_, index) => (index < 15 ? 3 : 5)));
import { LatestScores } from './latest-scores';

describe('LatestScores', () => {
  async function render(compact = false): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(LatestScores);
    fixture.componentRef.setInput(
      'indicators',
      indicatorsWith({
        latest: {
          mspss: {
            total: 4.25,
            band: 'moderate',
            administeredOn: '2026-11-20',
            trend: 'up',
            improving: true,
            ...NO_RELIABLE_CHANGE,
            improvedSinceFirst: true,
            norm: PUBLISHED_NORMS.mspss,
            subscales: [
              { scale: 'significant-other', score: 5, declined: false, declinedSinceFirst: false, improvedSinceFirst: false, norm: changeNorm('mspss', 'significant-other') },
              { scale: 'family', score: 2.5, declined: true, declinedSinceFirst: true, improvedSinceFirst: false, norm: changeNorm('mspss', 'family') },
              { scale: 'friends', score: 6, declined: false, declinedSinceFirst: false, improvedSinceFirst: true, norm: changeNorm('mspss', 'friends') },
            ],
          },
          'ucla-3': { total: 8, band: 'lonely', administeredOn: '2026-11-20', trend: 'up', improving: false, ...NO_RELIABLE_CHANGE, declined: true, norm: UCLA_CLINIC_NORM },
        },
      }),
    );
    fixture.componentRef.setInput('compact', compact);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const cardText = (host: HTMLElement) => Array.from(host.querySelectorAll('.card')).map((card) => card.textContent!.replace(/\s+/g, ' ').trim());

  it('shows each instrument’s latest score with its band and the trend in words', async () => {
    const [mspss, lsns, ucla] = cardText(await render());

    expect(mspss).toContain('4.25 of 1.00–7.00, higher is more connected');
    expect(mspss).toContain('Moderate perceived support');
    expect(mspss).toContain('↑ improving');
    expect(mspss).toContain('Reliably improved since the first measure');
    expect(mspss).toContain('MSPSS: reliable change is 1.00 or more (Jacobson & Truax 1991; r .85 from Zimet et al. 1988; SD 0.86 published).');
    // The subscales that changed reliably, each with its own threshold line; the steady one is left out.
    expect(mspss).toContain(
      'Family: reliable decline since the previous and the first measure MSPSS Family: reliable change is 1.25 or more (Jacobson & Truax 1991; r .85 from Zimet et al. 1988; SD 1.12 published).',
    );
    expect(mspss).toContain('Friends: reliably improved since the first measure MSPSS Friends: reliable change is 1.50 or more');
    expect(mspss).not.toContain('Significant other:');
    expect(lsns).toContain('Not measured yet');
    expect(lsns).toContain('LSNS-6: reliable change is 7 or more');
    expect(ucla).toContain('↑ worsening (reliable decline since the previous measure)');
    // The norm stored with the measure: here the clinic's own SD.
    expect(ucla).toContain('UCLA-3: reliable change is 2 or more (Jacobson & Truax 1991; r .72 from Hughes et al. 2004; SD 1.02 from this clinic’s first measures, 30 clients).');
  });

  it('marks a concern band, and leaves the explanations out when compact', async () => {
    const host = await render(true);

    expect(host.querySelectorAll('.card.concern').length).toBe(1);
    expect(cardText(host)[0]).not.toContain('measurement noise');
    // Compact (the Overview): the subscale's change in words, without its threshold line.
    expect(cardText(host)[0]).toContain('Family: reliable decline since the previous and the first measure');
    expect(cardText(host)[0]).not.toContain('MSPSS Family: reliable change');
    // The arrow is decoration; the words carry the meaning.
    expect(host.querySelector('.arrow')!.getAttribute('aria-hidden')).toBe('true');
  });
});
