import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, Router, TitleStrategy } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideMockStore } from '@ngrx/store/testing';
import { authStateWith, sessionInfoFor, signedInState } from '../testing/auth-fixtures';
import { routes } from './app.routes';
import { PageTitleStrategy } from './core/layout/page-title-strategy';

describe('app routes', () => {
  async function visit(url: string, state: object): Promise<{ url: string; harness: RouterTestingHarness }> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes),
        provideMockStore({ initialState: state }),
        { provide: TitleStrategy, useExisting: PageTitleStrategy },
      ],
    });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    return { url: TestBed.inject(Router).url, harness };
  }

  it('sends a signed-out visitor to the sign-in page', async () => {
    expect((await visit('/caseload', authStateWith({ status: 'signed-out' }))).url).toBe('/sign-in');
  });

  it('opens each role at its home page', async () => {
    expect((await visit('/', signedInState(sessionInfoFor('therapist')))).url).toBe('/caseload');
    TestBed.resetTestingModule();
    expect((await visit('/', signedInState(sessionInfoFor('supervisor')))).url).toBe('/team');
    TestBed.resetTestingModule();
    expect((await visit('/', signedInState(sessionInfoFor('admin')))).url).toBe('/admin/accounts');
  });

  it('sends a user who strays into another role’s page to their own home page', async () => {
    expect((await visit('/team', signedInState(sessionInfoFor('therapist')))).url).toBe('/caseload');
    TestBed.resetTestingModule();
    expect((await visit('/agenda', signedInState(sessionInfoFor('admin')))).url).toBe('/admin/accounts');
    TestBed.resetTestingModule();
    expect((await visit('/admin/audit', signedInState(sessionInfoFor('supervisor')))).url).toBe('/team');
  });

  it('lets an admin see the team dashboard and the audit trail', async () => {
    expect((await visit('/team', signedInState(sessionInfoFor('admin')))).url).toBe('/team');
    TestBed.resetTestingModule();
    expect((await visit('/admin/audit', signedInState(sessionInfoFor('admin')))).url).toBe('/admin/audit');
  });

  it('sends a signed-in user away from the sign-in page', async () => {
    expect((await visit('/sign-in', signedInState(sessionInfoFor('therapist')))).url).toBe('/caseload');
  });

  it('asks for a new password before anything else', async () => {
    const state = signedInState(sessionInfoFor('therapist', { mustChangePassword: true }));

    expect((await visit('/agenda', state)).url).toBe('/change-password');
  });

  it('shows a placeholder page with its title', async () => {
    const { harness } = await visit('/agenda', signedInState(sessionInfoFor('therapist')));

    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Agenda');
    expect(harness.routeNativeElement?.textContent).toContain('Coming soon');
    expect(TestBed.inject(Title).getTitle()).toBe('Agenda – CareCircle');
  });

  it('shows the not-found page inside the shell for unknown addresses', async () => {
    const { url, harness } = await visit('/no-such-page', signedInState(sessionInfoFor('therapist')));

    expect(url).toBe('/no-such-page');
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Page not found');
  });
});
