import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatButtonToggleHarness } from '@angular/material/button-toggle/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatSlideToggleHarness } from '@angular/material/slide-toggle/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { OUTCOMES_RULE } from '@domain/supervision/outcomes';
import type { TeamDashboard } from '@domain/supervision/team-dashboard';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { sessionInfoFor, signedInState } from '../../../testing/auth-fixtures';
import { ManualClock } from '../../../testing/manual-clock';
import { CLOCK } from '../../core/time/clock';
import { provideChartParts } from '../../shared/charts/provide-chart-parts';
import { DEFAULT_FILTERS } from '../dashboard-filters';
import { PrintMode } from '../print-mode';
import { TeamDashboardPageActions } from '../team-dashboard-page.actions';
import { initialTeamDashboardState, type TeamDashboardState } from '../team-dashboard.feature';
import {
  adminDashboardWith,
  dashboardWith,
  emptyDashboard,
  OMAR,
  OTHER_SUPERVISOR_ID,
  QUERY,
  TESS,
} from '../testing/dashboard-fixtures';
import TeamDashboardPage from './team-dashboard-page';

@Component({ template: 'Caseload', changeDetection: ChangeDetectionStrategy.OnPush })
class CaseloadStub {}

describe('TeamDashboardPage', () => {
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  let dispatch: jasmine.Spy;

  async function render(
    role: 'supervisor' | 'admin',
    dashboard: Partial<TeamDashboardState>,
    url = '/team',
  ): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            {
              path: 'team',
              providers: [PrintMode, provideChartParts()],
              children: [
                { path: '', component: TeamDashboardPage },
                { path: 'therapists/:therapistId', component: CaseloadStub },
              ],
            },
          ],
          withComponentInputBinding(),
        ),
        provideMockStore({
          initialState: {
            ...signedInState(sessionInfoFor(role)),
            teamDashboard: { ...initialTeamDashboardState, query: QUERY, ...dashboard },
          },
        }),
        { provide: CLOCK, useValue: new ManualClock() },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    dispatch = spyOn(TestBed.inject(MockStore), 'dispatch');
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
  }

  const loaded = (data: TeamDashboard = dashboardWith()): Partial<TeamDashboardState> => ({ status: 'loaded', data });
  const text = () => (harness.routeNativeElement?.textContent ?? '').replace(/\s+/g, ' ');
  async function select(label: string): Promise<MatSelectHarness> {
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
    const control = await field.getControl(MatSelectHarness);
    if (control === null) {
      throw new Error(`No select labelled ${label}.`);
    }
    return control;
  }

  it('asks for the filters in the URL, with the period counted from today', async () => {
    await render('supervisor', loaded(), `/team?period=6m&therapist=${OMAR}&concern=grief`);

    const filters = { ...DEFAULT_FILTERS, period: '6m' as const, therapistId: OMAR, concern: 'grief' as const };
    expect(dispatch).toHaveBeenCalledOnceWith(
      TeamDashboardPageActions.opened({
        filters,
        query: { from: '2026-06-01', to: '2026-11-25', therapistId: OMAR, concern: 'grief', status: 'all' },
      }),
    );
  });

  it('asks once more, with the new filter in the URL, when a filter changes', async () => {
    await render('supervisor', loaded());

    await (await select('Therapist')).clickOptions({ text: 'Omar Okafor' });
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe(`/team?therapist=${OMAR}`);
    expect(dispatch).toHaveBeenCalledTimes(2);
    expect(dispatch.calls.mostRecent().args[0]).toEqual(
      TeamDashboardPageActions.filtersChanged({
        filters: { ...DEFAULT_FILTERS, therapistId: OMAR },
        query: { ...QUERY, therapistId: OMAR },
      }),
    );
  });

  it('switches to a preset period with one request', async () => {
    await render('supervisor', loaded());

    await (await loader.getHarness(MatButtonToggleHarness.with({ text: 'Last 12 months' }))).check();
    await harness.fixture.whenStable();

    expect(dispatch.calls.mostRecent().args[0]).toEqual(
      TeamDashboardPageActions.filtersChanged({
        filters: { ...DEFAULT_FILTERS, period: '12m' },
        query: { ...QUERY, from: '2025-12-01' },
      }),
    );
  });

  it('shows a supervisor the sections and the flagged clients, without a team picker', async () => {
    await render('supervisor', loaded());

    expect(await loader.getAllHarnesses(MatFormFieldHarness.with({ floatingLabelText: 'Team' }))).toEqual([]);
    for (const heading of [
      'Caseload per therapist',
      'Measurement coverage',
      'Family sessions per month',
      'Latest perceived support',
      'Median perceived support per month',
      'Flagged clients',
    ]) {
      expect(text()).toContain(heading);
    }
    const summary = [...(harness.routeNativeElement?.querySelectorAll('.summary-part') ?? [])].map((part) => part.textContent);
    expect(summary).toEqual([
      'Team of Sam Supervisor',
      'Sep 1, 2026 – Nov 25, 2026',
      'All therapists',
      'All primary concerns',
      'All client statuses',
    ]);
    const flagged = harness.routeNativeElement?.querySelectorAll('app-flagged-clients tr[mat-row]') ?? [];
    expect(flagged.length).toBe(2);
    expect(flagged[0].textContent).toContain('Isolation risk');
    expect(harness.routeNativeElement?.querySelectorAll('canvas').length).toBe(5);
  });

  it('shows the outcomes card with its rule as a visible caption', async () => {
    await render(
      'supervisor',
      loaded(
        dashboardWith({
          outcomes: [
            { instrument: 'mspss', therapistId: TESS, clients: 4, improved: 1, noChange: 2, deteriorated: 1 },
            { instrument: 'mspss', therapistId: null, clients: 4, improved: 1, noChange: 2, deteriorated: 1 },
          ],
        }),
      ),
    );

    const card = harness.routeNativeElement?.querySelector('#outcomes-heading')?.closest('section');
    expect(card?.querySelector('.description')?.textContent).toContain(OUTCOMES_RULE);
    const rows = [...(card?.querySelectorAll('tbody tr') ?? [])].map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()).join(' '));
    expect(rows).toEqual(['MSPSS Tess Therapist 4 1 25 2 50 1 25', 'MSPSS Team 4 1 25 2 50 1 25']);
  });

  it('shows group attendance and referrals per therapist, and the clients to consider referring, each opening the client', async () => {
    await render('supervisor', loaded());

    const card = harness.routeNativeElement?.querySelector('#groups-referrals-heading')?.closest('section');
    const rows = [...(card?.querySelectorAll('tbody tr, tfoot tr') ?? [])].map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()).join(' '));
    expect(rows).toEqual(['Tess Therapist 80 8 10 1 2 1 0 1 0', 'Omar Okafor 50 3 6 0 0 2 1 0 1', 'Pia Park — 0 0 0 0 0 0 0 0', 'Team 69 11 16 1 2 3 1 1 1']);
    const consider = harness.routeNativeElement?.querySelector('#consider-referral-heading')?.closest('section');
    const link = consider?.querySelector('tbody a');
    expect(link?.textContent?.trim()).toBe('Kit');
    expect(link?.getAttribute('href')).toBe('/clients/0190a1b2-1111-7000-8000-000000000003');
    expect(consider?.textContent).toContain('Low perceived support; Lonely');
  });

  it('says so when nobody was measured twice in the period', async () => {
    await render('supervisor', loaded(dashboardWith({ outcomes: [{ instrument: 'mspss', therapistId: null, clients: 0, improved: 0, noChange: 0, deteriorated: 0 }] })));
    expect(text()).toContain('No client has two measures of the same instrument in this period.');
  });

  it('lets an administrator pick the team, and shows a note instead of the flagged clients', async () => {
    await render('admin', loaded(adminDashboardWith()));

    const team = await select('Team');
    await team.open();
    expect(await Promise.all((await team.getOptions()).map((option) => option.getText()))).toEqual([
      'Team of Sam Supervisor',
      'Team of Sol Second',
    ]);
    await team.clickOptions({ text: 'Team of Sol Second' });
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe(`/team?team=${OTHER_SUPERVISOR_ID}`);
    expect(harness.routeNativeElement?.querySelector('app-flagged-clients')).toBeNull();
    expect(text()).toContain('Flagged clients are shown to supervisors only');
    expect(text()).toContain('Clients to consider referring are shown to supervisors only.');
  });

  it('opens a therapist’s caseload from the caseload table', async () => {
    await render('supervisor', loaded());

    const [caseloadToggle] = await loader.getAllHarnesses(MatSlideToggleHarness.with({ label: 'Show as table' }));
    await caseloadToggle.check();
    const table = await loader.getHarness(MatTableHarness);
    expect((await table.getRows()).length).toBe(3);
    (harness.routeNativeElement?.querySelector('app-dashboard-card a') as HTMLAnchorElement).click();
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe(`/team/therapists/${TESS}`);
  });

  it('does not link an administrator to a therapist’s clients', async () => {
    await render('admin', loaded(adminDashboardWith()));

    const [caseloadToggle] = await loader.getAllHarnesses(MatSlideToggleHarness.with({ label: 'Show as table' }));
    await caseloadToggle.check();

    expect(harness.routeNativeElement?.querySelector('app-dashboard-card a')).toBeNull();
  });

  it('says when no client matches the filters, and clears them', async () => {
    const filters = { ...DEFAULT_FILTERS, period: '6m' as const, concern: 'grief' as const };
    await render('supervisor', { ...loaded(emptyDashboard()), filters }, '/team?concern=grief&period=6m');

    expect(text()).toContain('No clients match these filters');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Clear filters' }))).click();
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/team?period=6m');
  });

  it('shows the problem and asks again on Retry', async () => {
    const problem: ProblemDocument = { type: 'about:blank', title: 'No connection', status: 0, detail: 'Check the connection.' };
    await render('supervisor', { status: 'failed', error: problem });

    expect(text()).toContain('Check the connection.');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Retry' }))).click();

    expect(dispatch).toHaveBeenCalledWith(TeamDashboardPageActions.retryClicked());
  });

  it('shows why a period was refused, on the alert and on the date, without a Retry that would fail again', async () => {
    const problem: ProblemDocument = {
      type: 'about:blank',
      title: 'Invalid request',
      status: 400,
      detail: 'Some fields need attention.',
      errors: [{ field: 'querystring.to', message: 'The period must not end before it starts.' }],
    };
    const filters = { ...DEFAULT_FILTERS, period: 'custom' as const, from: '2026-05-01', to: '2026-01-01' };
    await render('supervisor', { status: 'failed', error: problem, filters }, '/team?period=custom&from=2026-05-01&to=2026-01-01');

    expect(harness.routeNativeElement?.querySelector('[role="alert"]')?.textContent).toBe(
      'Some fields need attention.The period must not end before it starts.',
    );
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Retry' }))).toEqual([]);
    const to = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'To' }));
    expect(await to.getTextErrors()).toEqual(['The period must not end before it starts.']);
  });
});
