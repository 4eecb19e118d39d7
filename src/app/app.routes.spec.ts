import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Title } from '@angular/platform-browser';
import { provideRouter, Router, TitleStrategy, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideEffects } from '@ngrx/effects';
import { provideStore } from '@ngrx/store';
import { authStateWith, sessionInfoFor, signedInState } from '../testing/auth-fixtures';
import { routes } from './app.routes';
import type { AuthState } from './core/auth/auth.feature';
import { PageTitleStrategy } from './core/layout/page-title-strategy';

describe('app routes', () => {
  /**
   * A real store (feature routes register their state and effects in it) whose auth slice stays as
   * given; the clients' requests go to the testing backend and stay unanswered.
   */
  async function visit(url: string, state: { auth: AuthState }): Promise<{ url: string; harness: RouterTestingHarness }> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes, withComponentInputBinding()),
        provideStore({ auth: () => state.auth }),
        provideEffects(),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: TitleStrategy, useExisting: PageTitleStrategy },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
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

  it('opens the agenda with its title', async () => {
    const { harness } = await visit('/agenda', signedInState(sessionInfoFor('therapist')));

    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Agenda');
    expect(harness.routeNativeElement?.textContent).toContain('This week');
    expect(TestBed.inject(Title).getTitle()).toBe('Agenda – CareCircle');
  });

  it('shows the not-found page inside the shell for unknown addresses', async () => {
    const { url, harness } = await visit('/no-such-page', signedInState(sessionInfoFor('therapist')));

    expect(url).toBe('/no-such-page');
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Page not found');
  });

  it('opens the caseload for therapists and supervisors, titled for each', async () => {
    const { url, harness } = await visit('/caseload', signedInState(sessionInfoFor('supervisor')));

    expect(url).toBe('/caseload');
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Team caseload');
    expect(TestBed.inject(Title).getTitle()).toBe('Team caseload – CareCircle');
    TestBed.resetTestingModule();
    expect((await visit('/caseload', signedInState(sessionInfoFor('admin')))).url).toBe('/admin/accounts');
  });

  it('lets only therapists add or edit a client, and therapists and supervisors open one (a supervisor at an edit address reads the record)', async () => {
    const id = '0190a1b2-1111-7000-8000-000000000001';
    expect((await visit('/clients/new', signedInState(sessionInfoFor('therapist')))).url).toBe('/clients/new');
    TestBed.resetTestingModule();
    expect((await visit('/clients/new', signedInState(sessionInfoFor('supervisor')))).url).toBe('/team');
    TestBed.resetTestingModule();
    expect((await visit(`/clients/${id}/edit`, signedInState(sessionInfoFor('supervisor')))).url).toBe(`/clients/${id}`);
    TestBed.resetTestingModule();
    expect((await visit(`/clients/${id}/notes`, signedInState(sessionInfoFor('supervisor')))).url).toBe(`/clients/${id}/notes`);
    TestBed.resetTestingModule();
    expect((await visit(`/clients/${id}`, signedInState(sessionInfoFor('admin')))).url).toBe('/admin/accounts');
  });
});
