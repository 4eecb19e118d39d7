import { TestBed } from '@angular/core/testing';
import type { MeasureFlag, MeasureIndicators } from '@domain/measures/measure-flags';
import { PUBLISHED_NORMS } from '@domain/measures/reliable-change';
import { indicatorsWith, NO_RELIABLE_CHANGE } from '../testing/measures-fixtures';
import { MeasureFlagList } from './measure-flag-list';

describe('MeasureFlagList', () => {
  async function render(flags: MeasureFlag[], compact = false, latest: MeasureIndicators['latest'] = {}): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(MeasureFlagList);
    fixture.componentRef.setInput('flags', flags);
    fixture.componentRef.setInput('compact', compact);
    fixture.componentRef.setInput('latest', latest);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('lists the flags in the order given (severity) with what raised them', async () => {
    const host = await render(['isolation-risk', 'decline']);
    const items = Array.from(host.querySelectorAll('li')).map((item) => item.textContent!.replace(/\s+/g, ' ').trim());

    expect(items[0]).toContain('Isolation risk');
    expect(items[0]).toContain('below 12');
    expect(items[1]).toContain('Reliable decline since previous measure');
  });

  it('gives each reliable-change flag the threshold it used and its source, even when compact', async () => {
    const latest = indicatorsWith({
      latest: {
        'lsns-6': { total: 10, band: 'isolation-risk', administeredOn: '2026-11-20', trend: 'down', improving: false, ...NO_RELIABLE_CHANGE, declinedSinceFirst: true, norm: PUBLISHED_NORMS['lsns-6'] },
      },
    }).latest;
    const host = await render(['decline-since-first'], true, latest);
    expect(host.querySelector('.threshold')!.textContent).toBe(
      'LSNS-6: reliable change is 7 or more (Jacobson & Truax 1991; r .83 from Lubben et al. 2006; SD 6.00 published).',
    );
  });

  it('says when there are none, and drops the explanations when compact', async () => {
    expect((await render([])).textContent).toContain('No clinical flags from measures.');
    expect((await render(['loneliness'], true)).textContent!.trim()).toBe('Loneliness');
  });
});
