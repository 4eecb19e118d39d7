import { TestBed } from '@angular/core/testing';
import type { NamedNetworkEvent } from '../trend-chart/named-network-events';
import { NetworkChangeList } from './network-change-list';

describe('NetworkChangeList', () => {
  const events: NamedNetworkEvent[] = [
    { id: 'a', memberId: 'm1', kind: 'tie-added', date: '2026-01-20', from: null, to: null, memberName: 'Maria Lopez', worsening: false },
    { id: 'b', memberId: 'm2', kind: 'quality-changed', date: '2026-02-12', from: 'supportive', to: 'strained', memberName: 'Amir Haddad', worsening: true },
  ];

  async function render(): Promise<HTMLDetailsElement> {
    const fixture = TestBed.createComponent(NetworkChangeList);
    fixture.componentRef.setInput('events', events);
    await fixture.whenStable();
    return (fixture.nativeElement as HTMLElement).querySelector('details')!;
  }

  it('lists the changes newest first, folded away on screen', async () => {
    const details = await render();
    expect(details.open).toBeFalse();
    expect(details.querySelector('summary')!.textContent).toContain('Network changes on this chart (2), as a table');
    const rows = Array.from(details.querySelectorAll('tbody tr')).map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows[0]).toContain('Amir Haddad');
    expect(rows[0]).toContain('(for the worse)');
  });

  it('opens for print (a closed <details> prints only its summary) and folds back as the reader left it', async () => {
    const details = await render();
    window.dispatchEvent(new Event('beforeprint'));
    expect(details.open).withContext('printing').toBeTrue();
    window.dispatchEvent(new Event('afterprint'));
    expect(details.open).withContext('after printing, as it was').toBeFalse();

    details.open = true;
    window.dispatchEvent(new Event('beforeprint'));
    window.dispatchEvent(new Event('afterprint'));
    expect(details.open).withContext('opened by the reader, stays open').toBeTrue();
  });
});
