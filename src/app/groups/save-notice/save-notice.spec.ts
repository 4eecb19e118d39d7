import { TestBed } from '@angular/core/testing';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { SaveNotice } from './save-notice';

describe('SaveNotice', () => {
  async function render(problem: ProblemDocument | null): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(SaveNotice);
    fixture.componentRef.setInput('problem', problem);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('says someone else saved first for a stale version, and takes focus', async () => {
    const host = await render({ type: 'about:blank', status: 409, title: 'Conflict', detail: 'The group changed after you opened it.' });
    expect(host.querySelector('strong')!.textContent).toBe('Changed by someone else');
    expect(host.textContent).toContain('The group changed after you opened it. Reload to see the current version.');
    expect(document.activeElement).toBe(host.querySelector('.notice'));
  });

  it('gives a 409 that names a field in its own words: a clinic rule, not someone else’s save', async () => {
    const host = await render({
      type: 'about:blank',
      status: 409,
      title: 'Group is full',
      detail: 'No place is free on that date.',
      errors: [{ field: 'capacity', message: 'Capacity is below the current enrolment' }],
    });
    expect(host.querySelector('strong')!.textContent).toBe('Group is full');
    expect(host.textContent).not.toContain('Reload to see the current version');
    expect(host.textContent).toContain('Capacity is below the current enrolment (capacity)');
  });

  it('shows nothing without a problem', async () => {
    expect((await render(null)).querySelector('.notice')).toBeNull();
  });
});
