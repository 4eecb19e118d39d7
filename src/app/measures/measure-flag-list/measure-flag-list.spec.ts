import { TestBed } from '@angular/core/testing';
import type { MeasureFlag } from '@domain/measures/measure-flags';
import { MeasureFlagList } from './measure-flag-list';

describe('MeasureFlagList', () => {
  async function render(flags: MeasureFlag[], compact = false): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(MeasureFlagList);
    fixture.componentRef.setInput('flags', flags);
    fixture.componentRef.setInput('compact', compact);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('lists the flags in the order given (severity) with what raised them', async () => {
    const host = await render(['isolation-risk', 'decline']);
    const items = Array.from(host.querySelectorAll('li')).map((item) => item.textContent!.replace(/\s+/g, ' ').trim());

    expect(items[0]).toContain('Isolation risk');
    expect(items[0]).toContain('below 12');
    expect(items[1]).toContain('Decline since previous measure');
  });

  it('says when there are none, and drops the explanations when compact', async () => {
    expect((await render([])).textContent).toContain('No clinical flags from measures.');
    expect((await render(['loneliness'], true)).textContent!.trim()).toBe('Loneliness');
  });
});
