import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role } from '@domain/accounts/role';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { SessionsTabActions } from '../sessions-tab.actions';
import { initialSessionsState, type SessionsState } from '../sessions.feature';
import { CLIENT_ID, sessionNumber, sessionsStateShowing } from '../testing/sessions-fixtures';
import { sessionsStoreWith } from '../testing/sessions-store';
import SessionsTab from './sessions-tab';
import { provideRouterStateInMockStore } from '../../../testing/router-state';

describe('SessionsTab', () => {
  let loader: HarnessLoader;
  let harness: RouterTestingHarness;
  let dispatch: jasmine.Spy;
  const upcoming = sessionNumber(1, { startsAt: '2099-12-01T14:00:00.000Z' });
  const past = sessionNumber(2, { startsAt: '2026-10-01T14:00:00.000Z', status: 'completed' });

  async function render(
    role: Role,
    sessions: SessionsState = sessionsStateShowing([upcoming, past]),
  ): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'clients/:id/sessions', component: SessionsTab }]),
        provideRouterStateInMockStore(),
        provideMockStore({ initialState: sessionsStoreWith(role, sessions) }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    dispatch = spyOn(TestBed.inject(MockStore), 'dispatch').and.callThrough();
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/clients/${CLIENT_ID}/sessions`, SessionsTab);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
  }

  const text = () => (harness.routeNativeElement as HTMLElement).textContent ?? '';

  it('opens for the client in the URL, listing upcoming and past sessions apart', async () => {
    await render('therapist');

    expect(dispatch).toHaveBeenCalledWith(SessionsTabActions.opened({ clientId: CLIENT_ID }));
    const [upcomingTable, pastTable] = await loader.getAllHarnesses(MatTableHarness);
    const upcomingCells = await upcomingTable.getCellTextByColumnName();
    expect(upcomingCells['status'].text).toEqual(['Planned']);
    expect(upcomingCells['attendees'].text).toEqual(['Jo Example']);
    expect((await pastTable.getCellTextByColumnName())['status'].text).toEqual(['Completed']);
    expect(
      await loader.getAllHarnesses(MatButtonHarness.with({ text: /Plan a session/ })),
    ).toHaveSize(1);
  });

  it('opens the plan form from "Plan a session"', async () => {
    await render('therapist');

    await (await loader.getHarness(MatButtonHarness.with({ text: /Plan a session/ }))).click();

    const dialog = await TestbedHarnessEnvironment.documentRootLoader(harness.fixture).getHarness(
      MatDialogHarness,
    );
    expect(await dialog.getTitleText()).toBe('Plan a session');
    await dialog.close();
  });

  it('gives a supervisor no way to plan, and says so', async () => {
    await render('supervisor');

    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Plan/ }))).toEqual([]);
    expect(text()).toContain('Only the client’s therapist can plan or record them.');
  });

  it('says when there are no sessions yet', async () => {
    await render('therapist', sessionsStateShowing([]));

    expect(text()).toContain('No family sessions yet');
    expect(
      await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Plan the first session' })),
    ).toHaveSize(1);
  });

  it('shows a failed load and retries it', async () => {
    const problem = {
      type: 'about:blank',
      title: 'No connection',
      status: 0,
      detail: 'CareCircle could not reach the server.',
    };
    await render('therapist', {
      ...initialSessionsState,
      clientId: CLIENT_ID,
      loadStatus: 'failed',
      loadError: problem,
    });
    expect(text()).toContain('CareCircle could not reach the server.');

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Retry' }))).click();

    expect(dispatch).toHaveBeenCalledWith(SessionsTabActions.retryClicked({ clientId: CLIENT_ID }));
  });
});
