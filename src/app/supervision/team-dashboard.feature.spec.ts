import type { ProblemDocument } from '@domain/problem/problem-document';
import { sessionInfoFor, signedInState } from '../../testing/auth-fixtures';
import { DEFAULT_FILTERS } from './dashboard-filters';
import { TeamDashboardApiActions } from './team-dashboard-api.actions';
import { TeamDashboardPageActions } from './team-dashboard-page.actions';
import { initialTeamDashboardState, teamDashboardFeature, type TeamDashboardState } from './team-dashboard.feature';
import { adminDashboardWith, dashboardWith, emptyDashboard, OMAR, QUERY } from './testing/dashboard-fixtures';

const { reducer } = teamDashboardFeature;
const problem: ProblemDocument = {
  type: 'about:blank',
  title: 'Invalid request',
  status: 400,
  errors: [{ field: 'to', message: 'The period must not end before it starts.' }],
};

describe('team dashboard reducer', () => {
  const opened = reducer(initialTeamDashboardState, TeamDashboardPageActions.opened({ filters: DEFAULT_FILTERS, query: QUERY }));
  const loaded = reducer(opened, TeamDashboardApiActions.dashboardLoaded({ query: QUERY, dashboard: dashboardWith() }));

  it('starts loading with the filters and the request when the page opens', () => {
    expect(opened).toEqual({ ...initialTeamDashboardState, status: 'loading', filters: DEFAULT_FILTERS, query: QUERY });
  });

  it('keeps the answer to the request it is waiting for', () => {
    expect(loaded).toEqual({ ...opened, status: 'loaded', data: dashboardWith() });
  });

  it('keeps the last dashboard on screen while the next filters load, and ignores a late answer to the old ones', () => {
    const filters = { ...DEFAULT_FILTERS, therapistId: OMAR };
    const query = { ...QUERY, therapistId: OMAR };
    const changed = reducer(loaded, TeamDashboardPageActions.filtersChanged({ filters, query }));

    expect(changed).toEqual({ ...loaded, status: 'loading', filters, query });
    expect(reducer(changed, TeamDashboardApiActions.dashboardLoaded({ query: QUERY, dashboard: emptyDashboard() }))).toEqual(
      changed,
    );
  });

  it('records a refused request, and loads again on retry', () => {
    const failed = reducer(opened, TeamDashboardApiActions.dashboardLoadFailed({ query: QUERY, problem }));

    expect(failed).toEqual({ ...opened, status: 'failed', error: problem });
    expect(reducer(failed, TeamDashboardPageActions.retryClicked())).toEqual(opened);
  });
});

describe('team dashboard view model', () => {
  const state = (dashboard: Partial<TeamDashboardState>, role: 'supervisor' | 'admin' = 'supervisor') => ({
    ...signedInState(sessionInfoFor(role)),
    teamDashboard: { ...initialTeamDashboardState, query: QUERY, ...dashboard },
  });

  it('lets a supervisor open a therapist’s caseload, and not an administrator', () => {
    const loaded = { status: 'loaded' as const, data: dashboardWith() };

    expect(teamDashboardFeature.selectViewModel(state(loaded))).toEqual(
      jasmine.objectContaining({ isAdmin: false, canDrillDown: true, loading: false, empty: false }),
    );
    expect(teamDashboardFeature.selectViewModel(state({ ...loaded, data: adminDashboardWith() }, 'admin'))).toEqual(
      jasmine.objectContaining({ isAdmin: true, canDrillDown: false }),
    );
  });

  it('calls a team without any client, session or measure empty', () => {
    expect(teamDashboardFeature.selectViewModel(state({ status: 'loaded', data: emptyDashboard() })).empty).toBeTrue();
  });

  it('shows the problem only after a failure, and puts the filters in words once loaded', () => {
    expect(teamDashboardFeature.selectViewModel(state({ status: 'failed', error: problem })).error).toEqual(problem);
    expect(teamDashboardFeature.selectViewModel(state({ status: 'loading', error: problem })).error).toBeNull();
    expect(teamDashboardFeature.selectViewModel(state({ status: 'loaded', data: dashboardWith() })).summary[0]).toBe(
      'Team of Sam Supervisor',
    );
  });
});
