import { TestBed } from '@angular/core/testing';
import { EcomapLegend } from './ecomap-legend';

describe('EcomapLegend', () => {
  it('explains every mark of the drawing in words', async () => {
    const fixture = TestBed.createComponent(EcomapLegend);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    const groups = Array.from(host.querySelectorAll('.group')).map((group) => ({
      heading: group.querySelector('h4')?.textContent?.trim(),
      items: Array.from(group.querySelectorAll('li')).map((item) => item.textContent?.trim()),
    }));

    expect(groups).toEqual([
      {
        heading: 'Ties (line from the client)',
        items: ['Strong', 'Moderate', 'Weak or tenuous', 'Mixed', 'Strained', 'Harmful'],
      },
      {
        heading: 'Arrows (direction of support)',
        items: ['Support flows to the client', 'Support flows from the client', 'Both ways'],
      },
      {
        heading: 'Dots in a circle (support given)',
        items: ['Emotional', 'Informational', 'Instrumental', 'Companionship'],
      },
      {
        heading: 'Sectors (category)',
        items: ['Family', 'Friends', 'Peers & groups', 'Community', 'Professionals'],
      },
    ]);
    // The samples are drawings only; the words carry the meaning.
    expect(
      Array.from(host.querySelectorAll('svg.sample')).every(
        (sample) => sample.getAttribute('aria-hidden') === 'true',
      ),
    ).toBeTrue();
    expect(host.querySelector('path.tie-gap')).not.toBeNull();
  });
});
