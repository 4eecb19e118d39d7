import type { CompleteRecordPrintout } from '@domain/clients/complete-record';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { LoadStatus } from '../../shared/state/request-status';
import { CompleteRecordPageActions } from './complete-record-page.actions';
import { RecordPrintoutApiActions } from './record-printout-api.actions';

/** The complete record on screen (at most one is kept: it holds clinical text), and its FHIR download. */
export interface RecordPrintoutState {
  readonly clientId: string | null;
  readonly printout: CompleteRecordPrintout | null;
  readonly loadStatus: LoadStatus;
  readonly loadError: ProblemDocument | null;
  readonly downloadStatus: LoadStatus;
  readonly downloadError: ProblemDocument | null;
}

export const initialRecordPrintoutState: RecordPrintoutState = {
  clientId: null,
  printout: null,
  loadStatus: 'idle',
  loadError: null,
  downloadStatus: 'idle',
  downloadError: null,
};

export const recordPrintoutFeature = createFeature({
  name: 'recordPrintout',
  reducer: createReducer(
    initialRecordPrintoutState,
    on(CompleteRecordPageActions.opened, (_state, { clientId }): RecordPrintoutState => ({ ...initialRecordPrintoutState, clientId, loadStatus: 'loading' })),
    on(CompleteRecordPageActions.retryClicked, (state): RecordPrintoutState => ({ ...state, loadStatus: 'loading', loadError: null })),
    on(CompleteRecordPageActions.closed, (): RecordPrintoutState => initialRecordPrintoutState),
    on(CompleteRecordPageActions.downloadFhirClicked, (state): RecordPrintoutState => ({ ...state, downloadStatus: 'loading', downloadError: null })),
    // An answer for a record the user has since left is dropped.
    on(RecordPrintoutApiActions.printoutLoaded, (state, { clientId, printout }): RecordPrintoutState =>
      clientId === state.clientId ? { ...state, printout, loadStatus: 'loaded', loadError: null } : state,
    ),
    on(RecordPrintoutApiActions.printoutLoadFailed, (state, { clientId, problem }): RecordPrintoutState =>
      clientId === state.clientId ? { ...state, loadStatus: 'failed', loadError: problem } : state,
    ),
    on(RecordPrintoutApiActions.fhirBundleSaved, (state, { clientId }): RecordPrintoutState =>
      clientId === state.clientId ? { ...state, downloadStatus: 'loaded' } : state,
    ),
    on(RecordPrintoutApiActions.fhirBundleFailed, (state, { clientId, problem }): RecordPrintoutState =>
      clientId === state.clientId ? { ...state, downloadStatus: 'failed', downloadError: problem } : state,
    ),
  ),
  extraSelectors: ({ selectPrintout, selectLoadStatus, selectLoadError, selectDownloadStatus, selectDownloadError }) => ({
    selectRecordViewModel: createSelector(selectPrintout, selectLoadStatus, selectLoadError, (printout, status, error) => ({
      printout: status === 'loaded' ? printout : null,
      loading: status === 'loading',
      error: status === 'failed' ? error : null,
    })),
    selectDownloadViewModel: createSelector(selectDownloadStatus, selectDownloadError, (status, error) => ({
      downloading: status === 'loading',
      saved: status === 'loaded',
      error: status === 'failed' ? error : null,
    })),
  }),
});
