import { TestBed } from '@angular/core/testing';
import { ClientStatusChip } from './client-status-chip';

describe('ClientStatusChip', () => {
  it('names the status and styles it by its code', async () => {
    const fixture = TestBed.createComponent(ClientStatusChip);
    fixture.componentRef.setInput('status', 'on-hold');
    await fixture.whenStable();

    const host = fixture.nativeElement as HTMLElement;
    expect(host.textContent).toBe('On hold');
    expect(host.classList).toContain('on-hold');
    expect(host.classList).not.toContain('active');
  });
});
