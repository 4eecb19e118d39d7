import type { CaseloadRow } from '@domain/clients/client';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { TeamDashboardApiActions } from './team-dashboard-api.actions';
import type { LoadStatus } from '../shared/state/request-status';
import { teamDashboardFeature } from './team-dashboard.feature';
import { TherapistCaseloadPageActions } from './therapist-caseload-page.actions';

export const THERAPIST_CASELOAD_PAGE_SIZE = 25;

/** One page of one therapist's clients, in the server's order (by name). */
export interface TherapistCaseloadState extends EntityState<CaseloadRow> {
  readonly therapistId: string | null;
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
  readonly status: LoadStatus;
  readonly error: ProblemDocument | null;
}

export const therapistCaseloadAdapter = createEntityAdapter<CaseloadRow>();

export const initialTherapistCaseloadState: TherapistCaseloadState = therapistCaseloadAdapter.getInitialState({
  therapistId: null,
  page: 1,
  pageSize: THERAPIST_CASELOAD_PAGE_SIZE,
  total: 0,
  status: 'idle',
  error: null,
});

export const therapistCaseloadFeature = createFeature({
  name: 'therapistCaseload',
  reducer: createReducer(
    initialTherapistCaseloadState,
    // Coming back to the same therapist keeps the page the supervisor was on.
    on(TherapistCaseloadPageActions.opened, (state, { therapistId }): TherapistCaseloadState => ({
      ...(state.therapistId === therapistId ? state : { ...initialTherapistCaseloadState, therapistId }),
      status: 'loading',
      error: null,
    })),
    on(TherapistCaseloadPageActions.pageChanged, (state, { page, pageSize }): TherapistCaseloadState => ({
      ...state,
      page,
      pageSize,
      status: 'loading',
      error: null,
    })),
    on(TherapistCaseloadPageActions.retryClicked, (state): TherapistCaseloadState => ({
      ...state,
      status: 'loading',
      error: null,
    })),
    on(TeamDashboardApiActions.caseloadLoaded, (state, { therapistId, page }): TherapistCaseloadState =>
      therapistId === state.therapistId
        ? therapistCaseloadAdapter.setAll([...page.items], {
            ...state,
            page: page.page,
            pageSize: page.pageSize,
            total: page.total,
            status: 'loaded',
            error: null,
          })
        : state,
    ),
    on(TeamDashboardApiActions.caseloadLoadFailed, (state, { therapistId, problem }): TherapistCaseloadState =>
      therapistId === state.therapistId ? { ...state, status: 'failed', error: problem } : state,
    ),
  ),
  extraSelectors: ({ selectTherapistCaseloadState, selectTherapistId, selectStatus, selectError, selectTotal, selectPage, selectPageSize }) => {
    const { selectAll } = therapistCaseloadAdapter.getSelectors(selectTherapistCaseloadState);
    /** From the dashboard's team list, else from the rows; null until either is known. */
    const selectTherapistName = createSelector(
      selectTherapistId,
      teamDashboardFeature.selectData,
      selectAll,
      (therapistId, dashboard, rows) =>
        dashboard?.therapists.find(({ id }) => id === therapistId)?.name ?? rows[0]?.therapistName ?? null,
    );
    return {
      selectRows: selectAll,
      selectTherapistName,
      selectViewModel: createSelector(
        selectAll,
        selectTotal,
        selectPage,
        selectPageSize,
        selectStatus,
        selectError,
        selectTherapistName,
        teamDashboardFeature.selectFilters,
        (rows, total, page, pageSize, status, error, therapistName, dashboardFilters) => ({
          rows,
          total,
          page,
          pageSize,
          therapistName,
          dashboardFilters,
          loading: status === 'loading' || status === 'idle',
          error: status === 'failed' ? error : null,
          empty: status === 'loaded' && total === 0,
        }),
      ),
    };
  },
});
