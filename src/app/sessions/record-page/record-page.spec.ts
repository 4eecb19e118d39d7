import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role } from '@domain/accounts/role';
import type { FamilySession } from '@domain/sessions/family-session';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { waitFor } from '../../../testing/wait-for';
import { RecordPageActions } from '../record-page.actions';
import type { SessionsState } from '../sessions.feature';
import {
  CLIENT_ID,
  completedSession,
  CONSENTING,
  sessionsStateShowing,
  sessionWith,
} from '../testing/sessions-fixtures';
import { sessionsStoreWith } from '../testing/sessions-store';
import RecordPage from './record-page';
import { provideRouterStateInMockStore } from '../../../testing/router-state';

describe('RecordPage', () => {
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let loader: HarnessLoader;
  let state: Record<string, unknown>;
  let sessions: SessionsState;

  async function render(
    session: FamilySession,
    role: Role = 'therapist',
  ): Promise<RouterTestingHarness> {
    sessions = sessionsStateShowing([session], {
      detail: { sessionId: session.id, status: 'loaded', error: null },
    });
    state = sessionsStoreWith(role, sessions);
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'clients/:id/sessions/:sessionId/record', component: RecordPage },
          { path: 'clients/:id/sessions/:sessionId', children: [] },
        ]),
        provideRouterStateInMockStore(),
        provideMockStore({ initialState: state }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/clients/${CLIENT_ID}/sessions/${session.id}/record`, RecordPage);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
    return harness;
  }

  const field = (label: string) =>
    loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const input = async (label: string) => (await (await field(label)).getControl(MatInputHarness))!;
  const select = async (label: string) =>
    (await (await field(label)).getControl(MatSelectHarness))!;
  const click = async (text: string | RegExp) =>
    (await loader.getHarness(MatButtonHarness.with({ text }))).click();
  const submitted = () =>
    dispatch.calls
      .allArgs()
      .map(([action]) => action)
      .filter((action) => action.type === RecordPageActions.submitted.type);
  const text = (harness: RouterTestingHarness) =>
    (harness.routeNativeElement as HTMLElement).textContent ?? '';

  it('records a planned session that has passed as completed, with attendance per invited person', async () => {
    const session = sessionWith({ startsAt: '2026-01-10T14:00:00.000Z' });
    const harness = await render(session);
    expect(dispatch).toHaveBeenCalledWith(
      RecordPageActions.opened({ clientId: CLIENT_ID, sessionId: session.id }),
    );
    expect(text(harness)).not.toContain('amendment');
    expect(await (await select('Status')).getValueText()).toBe('Completed');

    const attendance = await loader.getHarness(
      MatRadioGroupHarness.with({ selector: '[aria-label="Attendance of Jo Example"]' }),
    );
    await attendance.checkRadioButton({ label: 'Late' });
    await (await input('Summary')).setValue('Sister will drive on Tuesdays.');
    await click('Save record');

    expect(submitted()).toEqual([
      RecordPageActions.submitted({
        clientId: CLIENT_ID,
        sessionId: session.id,
        version: 1,
        record: {
          status: 'completed',
          attendance: [{ id: CONSENTING.id, attendance: 'late' }],
          goals: session.goals,
          summary: 'Sister will drive on Tuesdays.',
          interventions: '',
          dynamicsObservations: '',
          outcomes: '',
          riskConcerns: '',
          followUps: [],
          amendmentReason: null,
        },
      }),
    ]);
  });

  it('says changes to a completed session are amendments, and requires the reason', async () => {
    const session = completedSession();
    const harness = await render(session);
    expect(text(harness)).toContain('your changes are an amendment');

    await (await input('Outcomes')).setValue('Plan agreed, reviewed in two weeks');
    await click('Save record');
    expect(await (await field('Amendment reason')).getTextErrors()).toEqual([
      'Required: completed sessions change by amendment.',
    ]);
    expect(submitted()).toEqual([]);

    await (await input('Amendment reason')).setValue('Review date added after a call');
    await click('Save record');
    expect(submitted()).toEqual([
      jasmine.objectContaining({
        version: 2,
        record: jasmine.objectContaining({
          outcomes: 'Plan agreed, reviewed in two weeks',
          amendmentReason: 'Review date added after a call',
        }),
      }),
    ]);
  });

  it('adds follow-ups, asks for the owning member, and removes them', async () => {
    await render(sessionWith({ startsAt: '2026-01-10T14:00:00.000Z' }));

    await click(/Add follow-up$/);
    await (await input('Follow-up')).setValue('Call the GP together');
    await (await select('Owner')).clickOptions({ text: 'Network member' });
    await click('Save record');
    expect(await (await field('Network member')).getTextErrors()).toEqual([
      'Choose the member who owns this follow-up.',
    ]);
    expect(await (await field('Due date')).getTextErrors()).toEqual(['Required.']);
    expect(submitted()).toEqual([]);

    await (await select('Network member')).clickOptions({ text: 'Jo Example' });
    await (await input('Due date')).setValue('2026-12-08');
    await click('Save record');
    expect(submitted()[0].record.followUps).toEqual([
      {
        what: 'Call the GP together',
        ownerKind: 'member',
        ownerMemberId: CONSENTING.id,
        dueOn: '2026-12-08',
        done: false,
      },
    ]);

    await (
      await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Remove action 1"]' }))
    ).click();
    expect(
      await loader.getAllHarnesses(MatFormFieldHarness.with({ floatingLabelText: 'Follow-up' })),
    ).toEqual([]);
  });

  it('goes to the session once its own save is done', async () => {
    const session = sessionWith({ startsAt: '2026-01-10T14:00:00.000Z' });
    await render(session);
    await click('Save record');

    store.setState({ ...state, sessions: { ...sessions, saveStatus: 'saved' } });

    const router = TestBed.inject(Router);
    await waitFor(
      () => router.url === `/clients/${CLIENT_ID}/sessions/${session.id}`,
      'the session page',
    );
  });

  it('shows what changed after a conflict, and discards the user’s record on request', async () => {
    const session = completedSession();
    const harness = await render(session);
    const current = { ...session, summary: 'Someone else’s summary', version: 3 };

    store.setState({
      ...state,
      sessions: {
        ...sessions,
        saveStatus: 'conflicted',
        conflict: { current, edit: { kind: 'record', record: {} as never } },
      },
    });
    await waitFor(
      () => text(harness).includes('Someone else changed this session'),
      'the conflict',
    );
    expect(text(harness)).toContain('Summary: Someone else’s summary');

    await click('Discard my changes');
    expect(dispatch).toHaveBeenCalledWith(RecordPageActions.conflictDiscarded({ current }));
    expect(await (await input('Summary')).getValue()).toBe('Someone else’s summary');
  });
});
