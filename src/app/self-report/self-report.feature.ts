import type { ProblemDocument } from '@domain/problem/problem-document';
import type { SelfReportRequest } from '@domain/self-report/self-report-request';
import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { authFeature } from '../core/auth/auth.feature';
import type { LoadStatus } from '../shared/state/request-status';
import type { IssuedRequest } from './self-report-api';
import { SelfReportApiActions } from './self-report-api.actions';
import { SelfReportPanelActions } from './self-report-panel.actions';
import { LinkDialogActions, SendDialogActions } from './send-dialog.actions';

export type SendStatus = 'idle' | 'sending' | 'sent' | 'failed';

/** What the panel says about the last withdraw or send-again: a conflict (409) or another failure. */
export interface RequestNotice {
  readonly kind: 'conflict' | 'failed';
  readonly message: string;
}

/**
 * One client's self-report requests (newest first), the send dialog's progress, and the link of the
 * request just issued: the link holds the token and is shown once, so it lives only until the link
 * dialog closes.
 */
export interface SelfReportState extends EntityState<SelfReportRequest> {
  readonly clientId: string | null;
  readonly loadStatus: LoadStatus;
  readonly loadError: ProblemDocument | null;
  readonly sendStatus: SendStatus;
  readonly sendError: ProblemDocument | null;
  readonly issued: IssuedRequest | null;
  /** Requests with a withdraw or send-again on its way. */
  readonly busyIds: readonly string[];
  readonly notice: RequestNotice | null;
}

const newestFirst = (a: SelfReportRequest, b: SelfReportRequest) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);

export const selfReportAdapter = createEntityAdapter<SelfReportRequest>({ sortComparer: newestFirst });

export const initialSelfReportState: SelfReportState = selfReportAdapter.getInitialState({
  clientId: null,
  loadStatus: 'idle',
  loadError: null,
  sendStatus: 'idle',
  sendError: null,
  issued: null,
  busyIds: [],
  notice: null,
});

const notBusy = (state: SelfReportState, requestId: string) => state.busyIds.filter((id) => id !== requestId);

export const CONFLICT_MESSAGE = 'Someone changed this request after the list was loaded. Nothing was changed; the list now shows it as it is.';

export const selfReportFeature = createFeature({
  name: 'selfReport',
  reducer: createReducer(
    initialSelfReportState,
    on(SelfReportPanelActions.opened, (state, { clientId }): SelfReportState => ({
      ...(state.clientId === clientId ? state : { ...initialSelfReportState, clientId }),
      loadStatus: 'loading',
      loadError: null,
    })),
    on(SelfReportPanelActions.retryClicked, (state): SelfReportState => ({ ...state, loadStatus: 'loading', loadError: null })),
    on(SelfReportApiActions.requestsLoaded, (state, { clientId, items }): SelfReportState =>
      clientId === state.clientId ? selfReportAdapter.setAll([...items], { ...state, loadStatus: 'loaded', loadError: null }) : state,
    ),
    on(SelfReportApiActions.requestsLoadFailed, (state, { clientId, problem }): SelfReportState =>
      clientId === state.clientId ? { ...state, loadStatus: 'failed', loadError: problem } : state,
    ),
    on(SendDialogActions.opened, (state): SelfReportState => ({ ...state, sendStatus: 'idle', sendError: null })),
    on(SendDialogActions.submitted, (state): SelfReportState => ({ ...state, sendStatus: 'sending', sendError: null })),
    on(SelfReportApiActions.requestSent, (state, { issued }): SelfReportState =>
      selfReportAdapter.upsertOne(issued.request, { ...state, sendStatus: 'sent', sendError: null, issued }),
    ),
    on(SelfReportApiActions.sendFailed, (state, { problem }): SelfReportState => ({ ...state, sendStatus: 'failed', sendError: problem })),
    on(LinkDialogActions.closed, (state): SelfReportState => ({ ...state, issued: null })),
    on(
      SelfReportPanelActions.withdrawClicked,
      SelfReportPanelActions.sendAgainClicked,
      SelfReportPanelActions.createLinkClicked,
      (state, { request }): SelfReportState => ({ ...state, busyIds: [...notBusy(state, request.id), request.id], notice: null }),
    ),
    on(SelfReportApiActions.requestWithdrawn, (state, { request }): SelfReportState =>
      selfReportAdapter.upsertOne(request, { ...state, busyIds: notBusy(state, request.id) }),
    ),
    on(SelfReportApiActions.requestResent, (state, { previousId, issued }): SelfReportState =>
      selfReportAdapter.upsertOne(issued.request, { ...state, busyIds: notBusy(state, previousId), issued }),
    ),
    on(SelfReportApiActions.linkCreated, (state, { issued }): SelfReportState =>
      selfReportAdapter.upsertOne(issued.request, { ...state, busyIds: notBusy(state, issued.request.id), issued }),
    ),
    on(SelfReportApiActions.requestChangeConflicted, (state, { requestId }): SelfReportState => ({
      ...state,
      busyIds: notBusy(state, requestId),
      notice: { kind: 'conflict', message: CONFLICT_MESSAGE },
      loadStatus: 'loading',
    })),
    on(SelfReportApiActions.requestChangeFailed, (state, { requestId, problem }): SelfReportState => ({
      ...state,
      busyIds: notBusy(state, requestId),
      notice: { kind: 'failed', message: problem.detail ?? problem.title },
    })),
    on(SelfReportPanelActions.noticeDismissed, (state): SelfReportState => ({ ...state, notice: null })),
  ),
  extraSelectors: ({ selectSelfReportState, selectLoadStatus, selectLoadError, selectBusyIds, selectNotice }) => {
    const { selectAll } = selfReportAdapter.getSelectors(selectSelfReportState);
    const selectCanWrite = createSelector(authFeature.selectUser, (user) => user?.role === 'therapist');
    /** Measures requests only: feedback requests belong to their session. */
    const selectMeasureRequests = createSelector(selectAll, (requests) => requests.filter((request) => request.kind === 'measures'));
    /** Repeats whose date has come and that wait for the therapist to create their link. */
    const selectDueCount = createSelector(selectMeasureRequests, (requests) => requests.filter((request) => request.state === 'due').length);
    return {
      selectMeasureRequests,
      selectCanWrite,
      selectDueCount,
      selectPanelViewModel: createSelector(
        selectMeasureRequests,
        selectLoadStatus,
        selectLoadError,
        selectBusyIds,
        selectNotice,
        selectCanWrite,
        selectDueCount,
        (requests, status, error, busyIds, notice, canWrite, dueCount) => ({
          requests,
          canWrite,
          dueCount,
          busyIds,
          notice,
          loading: status === 'idle' || (status === 'loading' && requests.length === 0),
          reloading: status === 'loading' && requests.length > 0,
          error: status === 'failed' ? error : null,
          empty: status === 'loaded' && requests.length === 0,
        }),
      ),
    };
  },
});
