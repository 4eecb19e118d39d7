import type { TherapistOption } from '@domain/accounts/account';
import type { ClientAssignment } from '@domain/clients/client';
import type { ClientStatus } from '@domain/clients/client-codes';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { LoadStatus, SaveStatus } from '../../shared/state/request-status';
import { AssignmentsApiActions } from './assignments-api.actions';
import { AssignmentsPageActions } from './assignments-page.actions';
import { ReassignClientDialogActions } from './reassign-client-dialog.actions';
import { isStaleVersion } from '../../shared/versioned-edits/save-failure';

/** What the client assignment table asks for; search text stays here, never in the URL (names). */
export interface AssignmentsQuery {
  readonly page: number;
  readonly pageSize: number;
  readonly search: string;
  readonly status: ClientStatus | 'all';
  readonly therapistId: string | null;
}

export const DEFAULT_ASSIGNMENTS_QUERY: AssignmentsQuery = {
  page: 1,
  pageSize: 25,
  search: '',
  status: 'all',
  therapistId: null,
};

/** One page of clients by preferred name, the therapists to assign to, and the reassign dialog's state. */
export interface AssignmentsState extends EntityState<ClientAssignment> {
  readonly query: AssignmentsQuery;
  readonly total: number;
  readonly loadStatus: LoadStatus;
  readonly loadError: ProblemDocument | null;
  readonly therapists: readonly TherapistOption[];
  readonly therapistsStatus: LoadStatus;
  readonly dialogStatus: SaveStatus;
  readonly dialogError: ProblemDocument | null;
}

export const assignmentsAdapter = createEntityAdapter<ClientAssignment>();

export const initialAssignmentsState: AssignmentsState = assignmentsAdapter.getInitialState({
  query: DEFAULT_ASSIGNMENTS_QUERY,
  total: 0,
  loadStatus: 'idle',
  loadError: null,
  therapists: [],
  therapistsStatus: 'idle',
  dialogStatus: 'idle',
  dialogError: null,
});

const loading = (state: AssignmentsState): AssignmentsState => ({ ...state, loadStatus: 'loading', loadError: null });

/** A new search or filter starts again at the first page. */
const requery = (state: AssignmentsState, changes: Partial<AssignmentsQuery>): AssignmentsState =>
  loading({ ...state, query: { ...state.query, page: 1, ...changes } });

export const assignmentsFeature = createFeature({
  name: 'assignments',
  reducer: createReducer(
    initialAssignmentsState,
    on(AssignmentsPageActions.opened, (state): AssignmentsState => ({ ...loading(state), therapistsStatus: 'loading' })),
    on(AssignmentsPageActions.retryClicked, (state): AssignmentsState => loading(state)),
    on(
      AssignmentsPageActions.pageChanged,
      (state, { page, pageSize }): AssignmentsState => loading({ ...state, query: { ...state.query, page, pageSize } }),
    ),
    on(AssignmentsPageActions.searchChanged, (state, { search }): AssignmentsState => requery(state, { search })),
    on(AssignmentsPageActions.statusFilterChanged, (state, { status }): AssignmentsState => requery(state, { status })),
    on(
      AssignmentsPageActions.therapistFilterChanged,
      (state, { therapistId }): AssignmentsState => requery(state, { therapistId }),
    ),
    on(
      AssignmentsApiActions.clientsLoaded,
      (state, { page }): AssignmentsState =>
        assignmentsAdapter.setAll([...page.items], { ...state, total: page.total, loadStatus: 'loaded', loadError: null }),
    ),
    on(
      AssignmentsApiActions.clientsLoadFailed,
      (state, { problem }): AssignmentsState => ({ ...state, loadStatus: 'failed', loadError: problem }),
    ),
    on(
      AssignmentsApiActions.therapistsLoaded,
      (state, { therapists }): AssignmentsState => ({ ...state, therapists, therapistsStatus: 'loaded' }),
    ),
    on(AssignmentsApiActions.therapistsLoadFailed, (state): AssignmentsState => ({ ...state, therapistsStatus: 'failed' })),

    on(
      ReassignClientDialogActions.opened,
      (state): AssignmentsState => ({
        ...state,
        dialogStatus: 'idle',
        dialogError: null,
        // The list already shown stays while it is refreshed.
        therapistsStatus: state.therapistsStatus === 'loaded' ? 'loaded' : 'loading',
      }),
    ),
    on(
      ReassignClientDialogActions.submitted,
      (state): AssignmentsState => ({ ...state, dialogStatus: 'saving', dialogError: null }),
    ),
    on(
      AssignmentsApiActions.clientReassigned,
      (state, { client }): AssignmentsState =>
        assignmentsAdapter.upsertOne(client, { ...state, dialogStatus: 'saved', dialogError: null }),
    ),
    on(AssignmentsApiActions.reassignFailed, (state, { problem, current }): AssignmentsState => {
      const failed: AssignmentsState = { ...state, dialogStatus: 'failed', dialogError: problem };
      return current ? assignmentsAdapter.upsertOne(current, failed) : failed;
    }),
  ),
  extraSelectors: ({
    selectAssignmentsState,
    selectQuery,
    selectTotal,
    selectLoadStatus,
    selectLoadError,
    selectTherapists,
    selectTherapistsStatus,
    selectDialogStatus,
    selectDialogError,
  }) => {
    const { selectAll } = assignmentsAdapter.getSelectors();
    const selectClients = createSelector(selectAssignmentsState, selectAll);
    return {
      selectClients,
      selectPageViewModel: createSelector(
        selectClients,
        selectQuery,
        selectTotal,
        selectLoadStatus,
        selectLoadError,
        selectTherapists,
        (clients, query, total, loadStatus, error, therapists) => ({
          clients,
          query,
          total,
          therapists,
          loading: loadStatus === 'loading',
          error: loadStatus === 'failed' ? error : null,
          empty: loadStatus === 'loaded' && clients.length === 0,
        }),
      ),
      selectDialogViewModel: createSelector(
        selectTherapists,
        selectTherapistsStatus,
        selectDialogStatus,
        selectDialogError,
        (therapists, therapistsStatus, dialogStatus, error) => ({
          therapists,
          therapistsLoading: therapistsStatus === 'loading',
          therapistsFailed: therapistsStatus === 'failed',
          saving: dialogStatus === 'saving',
          saved: dialogStatus === 'saved',
          error: dialogStatus === 'failed' ? error : null,
          /** Someone else saved first (a 409 that names no field). */
          stale: dialogStatus === 'failed' && isStaleVersion(error),
        }),
      ),
    };
  },
});
