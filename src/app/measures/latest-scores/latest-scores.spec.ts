import { TestBed } from '@angular/core/testing';
import { indicatorsWith } from '../testing/measures-fixtures';
import { LatestScores } from './latest-scores';

describe('LatestScores', () => {
  async function render(compact = false): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(LatestScores);
    fixture.componentRef.setInput(
      'indicators',
      indicatorsWith({
        latest: {
          mspss: { total: 4.25, band: 'moderate', administeredOn: '2026-11-20', trend: 'up', improving: true, declined: false },
          'ucla-3': { total: 8, band: 'lonely', administeredOn: '2026-11-20', trend: 'up', improving: false, declined: true },
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
    expect(mspss).toContain('MSPSS total down by 1.0 or more');
    expect(lsns).toContain('Not measured yet');
    expect(lsns).toContain('LSNS-6 total down by 4 or more');
    expect(ucla).toContain('↑ worsening (declined since the previous measure)');
    expect(ucla).toContain('UCLA-3 total up by 2 or more');
  });

  it('marks a concern band, and leaves the explanations out when compact', async () => {
    const host = await render(true);

    expect(host.querySelectorAll('.card.concern').length).toBe(1);
    expect(cardText(host)[0]).not.toContain('measurement noise');
    // The arrow is decoration; the words carry the meaning.
    expect(host.querySelector('.arrow')!.getAttribute('aria-hidden')).toBe('true');
  });
});
