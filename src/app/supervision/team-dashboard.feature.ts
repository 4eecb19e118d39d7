import type { ProblemDocument } from '@domain/problem/problem-document';
import type { TeamDashboard, TeamDashboardQuery } from '@domain/supervision/team-dashboard';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { authFeature } from '../core/auth/auth.feature';
import type { LoadStatus } from '../shared/state/request-status';
import { DEFAULT_FILTERS, filterSummary, sameQuery, type DashboardFilters } from './dashboard-filters';
import { TeamDashboardApiActions } from './team-dashboard-api.actions';
import { TeamDashboardPageActions } from './team-dashboard-page.actions';

/**
 * The dashboard is one document per query, not a collection, so this slice holds it whole (the
 * therapist caseload slice keeps its rows in an entity adapter). The last dashboard stays on screen
 * while the next one loads, so changing a filter does not blank the page.
 */
export interface TeamDashboardState {
  readonly status: LoadStatus;
  readonly error: ProblemDocument | null;
  /** As in the URL; the caseload page's back link returns to them. */
  readonly filters: DashboardFilters;
  /** The request on its way or answered last. */
  readonly query: TeamDashboardQuery | null;
  readonly data: TeamDashboard | null;
}

export const initialTeamDashboardState: TeamDashboardState = {
  status: 'idle',
  error: null,
  filters: DEFAULT_FILTERS,
  query: null,
  data: null,
};

/** No client, session or measure at all for the team and filters. */
export function isEmptyDashboard(dashboard: TeamDashboard): boolean {
  return (
    dashboard.caseloads.every(({ active, onHold, dischargedInPeriod }) => active + onHold + dischargedInPeriod === 0) &&
    dashboard.sessions.every(({ sessions }) => sessions === 0) &&
    dashboard.supportBands.every(({ clients }) => clients === 0) &&
    dashboard.medianSupportByMonth.length === 0 &&
    dashboard.flaggedClients.length === 0
  );
}

export const teamDashboardFeature = createFeature({
  name: 'teamDashboard',
  reducer: createReducer(
    initialTeamDashboardState,
    on(
      TeamDashboardPageActions.opened,
      TeamDashboardPageActions.filtersChanged,
      (state, { filters, query }): TeamDashboardState => ({ ...state, status: 'loading', error: null, filters, query }),
    ),
    on(TeamDashboardPageActions.retryClicked, (state): TeamDashboardState => ({ ...state, status: 'loading', error: null })),
    on(TeamDashboardApiActions.dashboardLoaded, (state, { query, dashboard }): TeamDashboardState =>
      sameQuery(query, state.query) ? { ...state, status: 'loaded', error: null, data: dashboard } : state,
    ),
    on(TeamDashboardApiActions.dashboardLoadFailed, (state, { query, problem }): TeamDashboardState =>
      sameQuery(query, state.query) ? { ...state, status: 'failed', error: problem } : state,
    ),
  ),
  extraSelectors: ({ selectStatus, selectError, selectFilters, selectData }) => ({
    selectViewModel: createSelector(
      selectStatus,
      selectError,
      selectFilters,
      selectData,
      authFeature.selectUser,
      (status, error, filters, dashboard, user) => ({
        filters,
        dashboard,
        isAdmin: user?.role === 'admin',
        /** Supervisors open a therapist's caseload; admins see numbers only. */
        canDrillDown: user?.role === 'supervisor',
        loading: status === 'loading' || status === 'idle',
        error: status === 'failed' ? error : null,
        empty: status === 'loaded' && dashboard !== null && isEmptyDashboard(dashboard),
        summary: dashboard === null ? [] : filterSummary(dashboard, filters),
      }),
    ),
  }),
});
