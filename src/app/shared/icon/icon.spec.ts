import { TestBed } from '@angular/core/testing';
import { Icon } from './icon';
import { ICON_PATHS } from './icon-paths';

describe('Icon', () => {
  it('draws the named icon as one decorative SVG path', async () => {
    const fixture = TestBed.createComponent(Icon);
    fixture.componentRef.setInput('name', 'print');
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;

    expect(host.getAttribute('aria-hidden')).toBe('true');
    expect(host.classList).toContain('mat-icon');
    expect(host.querySelector('svg path')?.getAttribute('d')).toBe(ICON_PATHS.print);
  });

  it('follows a change of name', async () => {
    const fixture = TestBed.createComponent(Icon);
    fixture.componentRef.setInput('name', 'print');
    await fixture.whenStable();
    fixture.componentRef.setInput('name', 'groups');
    await fixture.whenStable();

    const path = (fixture.nativeElement as HTMLElement).querySelector('svg path')?.getAttribute('d');
    expect(path).toBe(ICON_PATHS.groups);
    expect(path).not.toBe(ICON_PATHS.print);
  });
});
