import type { ProblemDocument } from '@domain/problem/problem-document';
import type { SessionPrintout } from '@domain/sessions/session-views';
import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { LoadStatus } from '../../shared/state/request-status';
import { PrintPageActions } from './print-page.actions';
import { PrintoutApiActions } from './printout-api.actions';

export type PrintCopy = SessionPrintout['copy'];

/** Which printout the page shows. */
export interface PrintRequest {
  readonly clientId: string;
  readonly sessionId: string;
  readonly copy: PrintCopy;
}

/** The printout on screen (at most one is kept: they hold clinical text). */
export interface PrintoutState extends EntityState<SessionPrintout> {
  readonly request: PrintRequest | null;
  readonly loadStatus: LoadStatus;
  readonly loadError: ProblemDocument | null;
}

export const printoutKey = (sessionId: string, copy: PrintCopy) => `${sessionId}:${copy}`;

export const printoutAdapter = createEntityAdapter<SessionPrintout>({
  selectId: (printout) => printoutKey(printout.session.id, printout.copy),
});

export const initialPrintoutState: PrintoutState = printoutAdapter.getInitialState({
  request: null,
  loadStatus: 'idle',
  loadError: null,
});

const sameRequest = (a: PrintRequest, b: PrintRequest | null) =>
  b !== null && a.clientId === b.clientId && a.sessionId === b.sessionId && a.copy === b.copy;

export const printoutFeature = createFeature({
  name: 'printout',
  reducer: createReducer(
    initialPrintoutState,
    on(PrintPageActions.opened, (_state, { request }): PrintoutState => ({
      ...initialPrintoutState,
      request,
      loadStatus: 'loading',
    })),
    on(PrintPageActions.retryClicked, (state): PrintoutState => ({
      ...state,
      loadStatus: 'loading',
      loadError: null,
    })),
    on(PrintPageActions.closed, (): PrintoutState => initialPrintoutState),
    // An answer for a printout the user has since left is dropped.
    on(PrintoutApiActions.printoutLoaded, (state, { request, printout }): PrintoutState =>
      sameRequest(request, state.request)
        ? printoutAdapter.setAll([printout], { ...state, loadStatus: 'loaded', loadError: null })
        : state,
    ),
    on(PrintoutApiActions.printoutLoadFailed, (state, { request, problem }): PrintoutState =>
      sameRequest(request, state.request)
        ? { ...state, loadStatus: 'failed', loadError: problem }
        : state,
    ),
  ),
  extraSelectors: ({ selectPrintoutState, selectRequest, selectLoadStatus, selectLoadError }) => {
    const { selectEntities } = printoutAdapter.getSelectors(selectPrintoutState);
    const selectPrintout = createSelector(selectEntities, selectRequest, (entities, request) =>
      request === null ? null : (entities[printoutKey(request.sessionId, request.copy)] ?? null),
    );
    return {
      selectPrintout,
      selectPrintViewModel: createSelector(
        selectPrintout,
        selectLoadStatus,
        selectLoadError,
        (printout, status, error) => ({
          printout: status === 'loaded' ? printout : null,
          loading: status === 'loading',
          error: status === 'failed' ? error : null,
        }),
      ),
    };
  },
});
