import { BreakpointObserver, type BreakpointState } from '@angular/cdk/layout';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { Role } from '@domain/accounts/role';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { BehaviorSubject } from 'rxjs';
import { sessionInfoFor, signedInState } from '../../../../testing/auth-fixtures';
import Shell from './shell';
import { ShellActions } from './shell.actions';

describe('Shell', () => {
  let fixture: ComponentFixture<Shell>;
  let loader: HarnessLoader;
  let wideWindow: BehaviorSubject<BreakpointState>;

  async function renderFor(role: Role, wide = true): Promise<void> {
    wideWindow = new BehaviorSubject<BreakpointState>({ matches: wide, breakpoints: {} });
    TestBed.configureTestingModule({
      providers: [
        { provide: BreakpointObserver, useValue: { observe: () => wideWindow } },
        provideRouter([]),
        provideMockStore({ initialState: signedInState(sessionInfoFor(role)) }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    fixture = TestBed.createComponent(Shell);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  }

  function navigationLinks(): HTMLAnchorElement[] {
    return [...(fixture.nativeElement as HTMLElement).querySelectorAll<HTMLAnchorElement>('nav[aria-label="Main"] a')];
  }

  async function navigationLabels(): Promise<string[]> {
    return navigationLinks().map((link) => link.textContent?.trim() ?? '');
  }

  it('shows a therapist their caseload and agenda only', async () => {
    await renderFor('therapist');

    expect(await navigationLabels()).toEqual(['My caseload', 'Agenda', 'Groups', 'Your account']);
  });

  it('shows a supervisor the team dashboard and the team caseload', async () => {
    await renderFor('supervisor');

    expect(await navigationLabels()).toEqual(['Team dashboard', 'Team caseload', 'Groups', 'Your account']);
  });

  it('shows an admin the accounts, the audit trail and the team dashboard', async () => {
    await renderFor('admin');

    expect(await navigationLabels()).toEqual(['Accounts', 'Client assignment', 'Import a caseload', 'Export the clinic', 'Audit trail', 'Two-factor policy', 'Community programmes', 'Team dashboard', 'Groups', 'Your account']);
  });

  it('links each entry to its page', async () => {
    await renderFor('therapist');
    expect(navigationLinks().map((link) => link.getAttribute('href'))).toEqual(['/caseload', '/agenda', '/groups', '/account']);
  });

  it('names the signed-in user and their role in the toolbar', async () => {
    await renderFor('supervisor');
    const toolbar = (fixture.nativeElement as HTMLElement).querySelector('mat-toolbar');

    expect(toolbar?.textContent).toContain('CareCircle');
    expect(toolbar?.querySelector('.user-name')?.textContent).toBe('Sam Supervisor');
    expect(toolbar?.querySelector('.role-label')?.textContent).toBe('Supervisor');
  });

  it('signs out from the toolbar', async () => {
    await renderFor('therapist');
    const dispatch = spyOn(TestBed.inject(MockStore), 'dispatch');

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Sign out' }))).click();

    expect(dispatch).toHaveBeenCalledOnceWith(ShellActions.signOutClicked());
  });

  it('puts the page beside the navigation, not under it, when the window grows from phone to desktop width', async () => {
    await renderFor('therapist', false);
    const element = fixture.nativeElement as HTMLElement;
    const sidenav = element.querySelector<HTMLElement>('mat-sidenav')!;
    const content = element.querySelector<HTMLElement>('mat-sidenav-content')!;
    expect(sidenav.classList).toContain('mat-drawer-over');
    expect(content.style.marginLeft).toBe('');

    wideWindow.next({ matches: true, breakpoints: {} });
    await fixture.whenStable();

    expect(sidenav.classList).toContain('mat-drawer-side');
    expect(sidenav.classList).toContain('mat-drawer-opened');
    expect(content.style.marginLeft).toBe(`${sidenav.offsetWidth}px`);
    expect(sidenav.offsetWidth).toBeGreaterThan(0);
    expect(element.querySelector('[aria-label="Navigation menu"]')).toBeNull();
  });

  describe('with Material\'s transitions on, as in the app', () => {
    const frames = async (count: number) => {
      for (let frame = 0; frame < count; frame++) await new Promise((painted) => requestAnimationFrame(painted));
    };

    async function renderAnimated(wide: boolean): Promise<{ sidenav: HTMLElement; content: HTMLElement }> {
      TestBed.overrideProvider(MATERIAL_ANIMATIONS, { useValue: { animationsDisabled: false } });
      await renderFor('therapist', wide);
      const element = fixture.nativeElement as HTMLElement;
      // The container turns its transitions on 200 ms after it is created.
      const started = Date.now();
      while (!element.querySelector('mat-sidenav-container')!.classList.contains('mat-drawer-transition') && Date.now() - started < 2000) {
        await frames(1);
      }
      return { sidenav: element.querySelector<HTMLElement>('mat-sidenav')!, content: element.querySelector<HTMLElement>('mat-sidenav-content')! };
    }

    it('undocks the navigation at once when the window shrinks from desktop to phone width: no slide over a squeezed page', async () => {
      const { sidenav, content } = await renderAnimated(true);
      const left = (fixture.nativeElement as HTMLElement).getBoundingClientRect().left;
      expect(content.getBoundingClientRect().left).toBeGreaterThan(left + 200);

      wideWindow.next({ matches: false, breakpoints: {} });
      await fixture.whenStable();
      // A few frames: far less than Material's 400 ms slide.
      await frames(4);

      expect(sidenav.classList).toContain('mat-drawer-over');
      expect(sidenav.classList).not.toContain('mat-drawer-animating');
      expect(getComputedStyle(sidenav).visibility).toBe('hidden');
      expect(sidenav.getBoundingClientRect().right).toBeLessThanOrEqual(left);
      expect(content.getBoundingClientRect().left).toBe(left);
      expect((fixture.nativeElement as HTMLElement).querySelector('[aria-label="Navigation menu"]')).not.toBeNull();
    });

    it('docks it again at once after a round trip to phone width, and leaves no drawer "animating"', async () => {
      const { sidenav, content } = await renderAnimated(true);

      wideWindow.next({ matches: false, breakpoints: {} });
      await fixture.whenStable();
      await frames(4);
      wideWindow.next({ matches: true, breakpoints: {} });
      await fixture.whenStable();
      await frames(4);

      expect(sidenav.classList).toContain('mat-drawer-side');
      expect(sidenav.classList).toContain('mat-drawer-opened');
      expect(sidenav.classList).not.toContain('mat-drawer-animating');
      expect(content.getBoundingClientRect().left).toBe(sidenav.getBoundingClientRect().right);
    });
  });
});
