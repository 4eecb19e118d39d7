import { ICON_PATHS } from '../icon/icon-paths';
import { TestBed } from '@angular/core/testing';
import { EmptyState } from './empty-state';

describe('EmptyState', () => {
  it('shows the icon, heading and message it is given', async () => {
    const fixture = TestBed.createComponent(EmptyState);
    fixture.componentRef.setInput('icon', 'groups');
    fixture.componentRef.setInput('heading', 'Coming soon');
    fixture.componentRef.setInput('message', 'Your clients will be listed here.');
    await fixture.whenStable();

    const host = fixture.nativeElement as HTMLElement;
    expect(host.querySelector('h2')?.textContent).toBe('Coming soon');
    expect(host.querySelector('p')?.textContent).toBe('Your clients will be listed here.');
    expect(host.querySelector('app-icon path')?.getAttribute('d')).toBe(ICON_PATHS.groups);
    expect(host.querySelector('app-icon')?.getAttribute('aria-hidden')).toBe('true');
  });
});
