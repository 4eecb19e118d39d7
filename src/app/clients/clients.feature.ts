import type { TherapistOption } from '@domain/accounts/account';
import type { HistoryEntry } from '@domain/audit/history-entry';
import type { CaseloadRow, Client } from '@domain/clients/client';
import type { ClientStatus, PrimaryConcern } from '@domain/clients/client-codes';
import type { CaseloadSortField } from '@domain/clients/caseload-sort';
import type { CaseloadFlag } from '@domain/clients/caseload-flags';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { LoadStatus, SaveStatus } from '../shared/state/request-status';
import { CaseloadPageActions } from './caseload-page.actions';
import type { ClientConflict } from './client-edit';
import { ClientFormActions } from './client-form.actions';
import { ClientPageActions } from './client-page.actions';
import { ClientsApiActions } from './clients-api.actions';
import { ConflictDialogActions } from './conflict-dialog.actions';
import { ReassignDialogActions } from './reassign-dialog.actions';
import { StatusChangeDialogActions } from './status-change-dialog.actions';

/** What the caseload table asks the server for; kept in the store, never in the URL (names). */
export interface CaseloadQueryState {
  readonly page: number;
  readonly pageSize: number;
  readonly sort: CaseloadSortField;
  readonly direction: 'asc' | 'desc';
  readonly search: string;
  readonly status: ClientStatus | 'all';
  readonly concern: PrimaryConcern | 'all';
  /** Only clients raising this flag today (a measure flag or a referral's follow-up due). */
  readonly flag: CaseloadFlag | 'all';
  /** Supervisors may narrow the team's caseload to one therapist. */
  readonly therapistId: string | null;
}

export const DEFAULT_CASELOAD_QUERY: CaseloadQueryState = {
  page: 1,
  pageSize: 25,
  sort: 'preferredName',
  direction: 'asc',
  search: '',
  status: 'active',
  concern: 'all',
  flag: 'all',
  therapistId: null,
};

/** The caseload page's rows, in the order the server sorted them. */
export interface ClientsState extends EntityState<CaseloadRow> {
  readonly query: CaseloadQueryState;
  readonly total: number;
  readonly caseloadStatus: LoadStatus;
  readonly caseloadError: ProblemDocument | null;
  readonly therapists: readonly TherapistOption[];
  readonly therapistsStatus: LoadStatus;
  /** The client page's (or edit form's) record. */
  readonly clientId: string | null;
  readonly client: Client | null;
  readonly clientStatus: LoadStatus;
  readonly clientError: ProblemDocument | null;
  readonly history: readonly HistoryEntry[];
  readonly historyStatus: LoadStatus;
  readonly historyError: ProblemDocument | null;
  readonly saveStatus: SaveStatus;
  readonly saveError: ProblemDocument | null;
  readonly conflict: ClientConflict | null;
}

export const caseloadAdapter = createEntityAdapter<CaseloadRow>();

export const initialClientsState: ClientsState = caseloadAdapter.getInitialState({
  query: DEFAULT_CASELOAD_QUERY,
  total: 0,
  caseloadStatus: 'idle',
  caseloadError: null,
  therapists: [],
  therapistsStatus: 'idle',
  clientId: null,
  client: null,
  clientStatus: 'idle',
  clientError: null,
  history: [],
  historyStatus: 'idle',
  historyError: null,
  saveStatus: 'idle',
  saveError: null,
  conflict: null,
});

/** A new query: back to the first page (the old page number may not exist under new filters). */
const requery = (state: ClientsState, changes: Partial<CaseloadQueryState>): ClientsState => ({
  ...state,
  query: { ...state.query, page: 1, ...changes },
  caseloadStatus: 'loading',
  caseloadError: null,
});

/** A saved client's row facts; its indicators stay as last loaded (they are computed by the server). */
const rowOf = (client: Client): Omit<CaseloadRow, 'indicators'> => ({
  id: client.id,
  preferredName: client.preferredName,
  legalName: client.legalName,
  caseNumber: client.caseNumber,
  status: client.status,
  primaryConcerns: client.primaryConcerns,
  treatmentStart: client.treatmentStart,
  therapistId: client.therapistId,
  therapistName: client.therapistName,
});

const idleSave = { saveStatus: 'idle', saveError: null, conflict: null } as const;

/** Opening a client: a different client is not shown while it loads; the same one stays. */
const openClient = (state: ClientsState, id: string): ClientsState => ({
  ...state,
  clientId: id,
  client: state.client?.id === id ? state.client : null,
  clientStatus: 'loading',
  clientError: null,
  ...idleSave,
});

export const clientsFeature = createFeature({
  name: 'clients',
  reducer: createReducer(
    initialClientsState,
    on(
      CaseloadPageActions.opened,
      CaseloadPageActions.retryClicked,
      (state): ClientsState => ({ ...state, caseloadStatus: 'loading', caseloadError: null }),
    ),
    on(
      CaseloadPageActions.pageChanged,
      (state, { page, pageSize }): ClientsState => ({
        ...state,
        query: { ...state.query, page, pageSize },
        caseloadStatus: 'loading',
        caseloadError: null,
      }),
    ),
    on(CaseloadPageActions.sortChanged, (state, { sort, direction }): ClientsState => requery(state, { sort, direction })),
    on(CaseloadPageActions.searchChanged, (state, { search }): ClientsState => requery(state, { search })),
    on(CaseloadPageActions.statusFilterChanged, (state, { status }): ClientsState => requery(state, { status })),
    on(CaseloadPageActions.concernFilterChanged, (state, { concern }): ClientsState => requery(state, { concern })),
    on(CaseloadPageActions.flagFilterChanged, (state, { flag }): ClientsState => requery(state, { flag })),
    on(CaseloadPageActions.therapistFilterChanged, (state, { therapistId }): ClientsState => requery(state, { therapistId })),
    on(
      CaseloadPageActions.filtersCleared,
      (state): ClientsState =>
        requery(state, {
          search: DEFAULT_CASELOAD_QUERY.search,
          status: DEFAULT_CASELOAD_QUERY.status,
          concern: DEFAULT_CASELOAD_QUERY.concern,
          flag: DEFAULT_CASELOAD_QUERY.flag,
          therapistId: DEFAULT_CASELOAD_QUERY.therapistId,
        }),
    ),
    on(
      ClientsApiActions.caseloadLoaded,
      (state, { page }): ClientsState =>
        caseloadAdapter.setAll([...page.items], { ...state, total: page.total, caseloadStatus: 'loaded', caseloadError: null }),
    ),
    on(
      ClientsApiActions.caseloadLoadFailed,
      (state, { problem }): ClientsState => ({ ...state, caseloadStatus: 'failed', caseloadError: problem }),
    ),
    on(
      ClientsApiActions.therapistsLoaded,
      (state, { therapists }): ClientsState => ({ ...state, therapists, therapistsStatus: 'loaded' }),
    ),
    on(ClientsApiActions.therapistsLoadFailed, (state): ClientsState => ({ ...state, therapistsStatus: 'failed' })),

    on(
      ClientPageActions.opened,
      (state, { id }): ClientsState => ({
        ...openClient(state, id),
        history: state.clientId === id ? state.history : [],
        historyStatus: 'loading',
        historyError: null,
      }),
    ),
    on(ClientFormActions.editOpened, (state, { id }): ClientsState => openClient(state, id)),
    on(
      ClientPageActions.retryClicked,
      (state): ClientsState => ({ ...state, clientStatus: 'loading', clientError: null }),
    ),
    on(
      ClientPageActions.historyRetryClicked,
      (state): ClientsState => ({ ...state, historyStatus: 'loading', historyError: null }),
    ),
    on(ClientsApiActions.clientLoaded, (state, { client }): ClientsState =>
      client.id === state.clientId ? { ...state, client, clientStatus: 'loaded', clientError: null } : state,
    ),
    on(ClientsApiActions.clientLoadFailed, (state, { id, problem }): ClientsState =>
      id === state.clientId ? { ...state, clientStatus: 'failed', clientError: problem } : state,
    ),
    on(ClientsApiActions.historyLoaded, (state, { id, entries }): ClientsState =>
      id === state.clientId ? { ...state, history: entries, historyStatus: 'loaded', historyError: null } : state,
    ),
    on(ClientsApiActions.historyLoadFailed, (state, { id, problem }): ClientsState =>
      id === state.clientId ? { ...state, historyStatus: 'failed', historyError: problem } : state,
    ),

    on(
      ClientFormActions.newOpened,
      StatusChangeDialogActions.opened,
      ReassignDialogActions.opened,
      (state): ClientsState => ({ ...state, ...idleSave }),
    ),
    on(
      ClientFormActions.createSubmitted,
      ClientFormActions.editSubmitted,
      StatusChangeDialogActions.submitted,
      ReassignDialogActions.submitted,
      ConflictDialogActions.reapplyClicked,
      (state): ClientsState => ({ ...state, saveStatus: 'saving', saveError: null, conflict: null }),
    ),
    on(
      ClientsApiActions.clientCreated,
      (state, { client }): ClientsState => ({
        ...state,
        clientId: client.id,
        client,
        clientStatus: 'loaded',
        clientError: null,
        saveStatus: 'saved',
      }),
    ),
    on(
      ClientsApiActions.clientSaved,
      (state, { client }): ClientsState =>
        caseloadAdapter.updateOne(
          { id: client.id, changes: rowOf(client) },
          {
            ...state,
            client: client.id === state.clientId ? client : state.client,
            saveStatus: 'saved',
            saveError: null,
            conflict: null,
          },
        ),
    ),
    on(
      ClientsApiActions.saveFailed,
      (state, { problem }): ClientsState => ({ ...state, saveStatus: 'failed', saveError: problem }),
    ),
    on(
      ClientsApiActions.saveConflicted,
      (state, { conflict }): ClientsState => ({ ...state, saveStatus: 'conflicted', saveError: null, conflict }),
    ),
    on(
      ConflictDialogActions.discardClicked,
      (state, { current }): ClientsState => ({
        ...state,
        client: current.id === state.clientId ? current : state.client,
        ...idleSave,
      }),
    ),
  ),
  extraSelectors: ({ selectClientsState, selectQuery, selectTotal, selectCaseloadStatus, selectCaseloadError }) => {
    const { selectAll } = caseloadAdapter.getSelectors(selectClientsState);
    return {
      selectRows: selectAll,
      selectCaseloadViewModel: createSelector(
        selectAll,
        selectQuery,
        selectTotal,
        selectCaseloadStatus,
        selectCaseloadError,
        (rows, query, total, status, error) => {
          const filtered =
            query.search.trim() !== '' ||
            query.status !== DEFAULT_CASELOAD_QUERY.status ||
            query.concern !== DEFAULT_CASELOAD_QUERY.concern ||
            query.flag !== DEFAULT_CASELOAD_QUERY.flag ||
            query.therapistId !== DEFAULT_CASELOAD_QUERY.therapistId;
          return {
            rows,
            query,
            total,
            loading: status === 'loading' || status === 'idle',
            error: status === 'failed' ? error : null,
            /** Only once the server has answered: an empty table while loading is not "no clients". */
            empty: status === 'loaded' && total === 0,
            filtered,
          };
        },
      ),
    };
  },
});
