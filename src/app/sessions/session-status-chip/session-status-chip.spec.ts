import { TestBed } from '@angular/core/testing';
import { SessionStatusChip } from './session-status-chip';

describe('SessionStatusChip', () => {
  it('names the status in words, and styles it by its code', async () => {
    const fixture = TestBed.createComponent(SessionStatusChip);
    fixture.componentRef.setInput('status', 'no-show');
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;

    expect(host.textContent).toBe('No-show');
    expect(host.classList).toContain('no-show');
  });
});
