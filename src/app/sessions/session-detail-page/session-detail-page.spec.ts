import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role } from '@domain/accounts/role';
import type { FamilySession } from '@domain/sessions/family-session';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { waitFor } from '../../../testing/wait-for';
import { SessionDetailActions } from '../session-detail.actions';
import {
  CLIENT_ID,
  completedSession,
  CONSENTING,
  sessionsStateShowing,
  sessionWith,
} from '../testing/sessions-fixtures';
import { sessionsStoreWith } from '../testing/sessions-store';
import SessionDetailPage from './session-detail-page';
import { provideRouterStateInMockStore } from '../../../testing/router-state';

describe('SessionDetailPage', () => {
  let loader: HarnessLoader;
  let harness: RouterTestingHarness;
  let dispatch: jasmine.Spy;

  async function render(session: FamilySession, role: Role = 'therapist'): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'clients/:id/sessions/:sessionId', component: SessionDetailPage },
          { path: '**', children: [] },
        ]),
        provideRouterStateInMockStore(),
        provideMockStore({
          initialState: sessionsStoreWith(role, sessionsStateShowing([session])),
        }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    dispatch = spyOn(TestBed.inject(MockStore), 'dispatch').and.callThrough();
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/clients/${CLIENT_ID}/sessions/${session.id}`, SessionDetailPage);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
  }

  const buttonTexts = async () =>
    Promise.all(
      (await loader.getAllHarnesses(MatButtonHarness.with({ ancestor: '.actions' }))).map(
        (button) => button.getText(),
      ),
    );
  const page = () => harness.routeNativeElement as HTMLElement;

  it('gives the therapist a planned session’s actions, with the calendar event as a download', async () => {
    const session = sessionWith();
    await render(session);

    expect(dispatch).toHaveBeenCalledWith(
      SessionDetailActions.opened({ clientId: CLIENT_ID, sessionId: session.id }),
    );
    expect(await buttonTexts()).toEqual([
      jasmine.stringMatching(/Edit plan$/),
      jasmine.stringMatching(/Record session$/),
      jasmine.stringMatching(/Download calendar event \(\.ics\)$/),
      jasmine.stringMatching(/Print clinician copy$/),
      jasmine.stringMatching(/Print family copy$/),
    ]);
    const download = page().querySelector<HTMLAnchorElement>('a[download]');
    expect(download?.getAttribute('href')).toBe(
      `/api/v1/clients/${CLIENT_ID}/sessions/${session.id}/calendar.ics`,
    );
  });

  it('shows a completed record with its clinical-only parts marked, and offers amendment and history', async () => {
    await render(completedSession());

    expect(await buttonTexts()).toEqual([
      jasmine.stringMatching(/Amend record$/),
      jasmine.stringMatching(/History$/),
      jasmine.stringMatching(/Print clinician copy$/),
      jasmine.stringMatching(/Print family copy$/),
    ]);
    const clinical = Array.from(page().querySelectorAll('.part.clinical h3')).map((heading) =>
      heading.textContent?.trim(),
    );
    expect(clinical).toEqual([
      jasmine.stringMatching(/^Family dynamics observations\s+Clinical only/),
      jasmine.stringMatching(/^Risk concerns\s+Clinical only/),
    ]);
    expect(page().textContent).toContain('Jo Example');
    expect(page().textContent).toContain('Attended');
    expect(page().textContent).toContain('Send the plan to the sister');
  });

  it('lets a supervisor read, print and see the history, but change nothing', async () => {
    await render(completedSession(), 'supervisor');

    expect(
      await loader.getAllHarnesses(
        MatButtonHarness.with({ text: /Edit plan|Record session|Amend record/ }),
      ),
    ).toEqual([]);
    expect(page().querySelector('a[download]')).toBeNull();
    expect(page().textContent).toContain('Only the client’s therapist can change it.');
    expect(await buttonTexts()).toEqual([
      jasmine.stringMatching(/History$/),
      jasmine.stringMatching(/Print clinician copy$/),
      jasmine.stringMatching(/Print family copy$/),
    ]);
  });

  it('opens a print view by opaque ids', async () => {
    const session = completedSession();
    await render(session);
    const router = TestBed.inject(Router);

    await (await loader.getHarness(MatButtonHarness.with({ text: /Print family copy/ }))).click();
    await waitFor(() => router.url.endsWith('/print/family'), 'the family copy');
    expect(router.url).toBe(`/clients/${CLIENT_ID}/sessions/${session.id}/print/family`);
  });

  it('opens the plan form for a planned session', async () => {
    await render(sessionWith());

    await (await loader.getHarness(MatButtonHarness.with({ text: /Edit plan/ }))).click();

    const dialog = await TestbedHarnessEnvironment.documentRootLoader(harness.fixture).getHarness(
      MatDialogHarness,
    );
    expect(await dialog.getTitleText()).toBe('Edit the plan');
    expect(await dialog.getText()).toContain(CONSENTING.name);
    await dialog.close();
  });
});
