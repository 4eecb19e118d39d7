import type { CaseloadImportResult, CaseloadPreview } from '@domain/clients/caseload-import';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { createFeature, createReducer, on } from '@ngrx/store';
import type { LoadStatus, SaveStatus } from '../../shared/state/request-status';
import { CaseloadImportApiActions, CaseloadImportPageActions } from './caseload-import.actions';

export interface CaseloadImportState {
  readonly fileName: string | null;
  /** The chosen file's text, sent again with the import (the server checks it again). */
  readonly csv: string | null;
  readonly preview: CaseloadPreview | null;
  readonly previewStatus: LoadStatus;
  readonly importStatus: SaveStatus;
  readonly result: CaseloadImportResult | null;
  readonly error: ProblemDocument | null;
}

export const initialCaseloadImportState: CaseloadImportState = {
  fileName: null,
  csv: null,
  preview: null,
  previewStatus: 'idle',
  importStatus: 'idle',
  result: null,
  error: null,
};

export const caseloadImportFeature = createFeature({
  name: 'caseloadImport',
  reducer: createReducer(
    initialCaseloadImportState,
    on(CaseloadImportPageActions.opened, (): CaseloadImportState => initialCaseloadImportState),
    on(
      CaseloadImportPageActions.fileChosen,
      (_state, { fileName, csv }): CaseloadImportState => ({ ...initialCaseloadImportState, fileName, csv, previewStatus: 'loading' }),
    ),
    on(CaseloadImportApiActions.previewLoaded, (state, { preview }): CaseloadImportState => ({ ...state, preview, previewStatus: 'loaded' })),
    on(CaseloadImportApiActions.previewFailed, (state, { problem }): CaseloadImportState => ({ ...state, previewStatus: 'failed', error: problem })),
    on(CaseloadImportPageActions.importClicked, (state): CaseloadImportState => ({ ...state, importStatus: 'saving', error: null })),
    on(CaseloadImportApiActions.imported, (state, { result }): CaseloadImportState => ({ ...state, importStatus: 'saved', result })),
    on(CaseloadImportApiActions.importFailed, (state, { problem }): CaseloadImportState => ({ ...state, importStatus: 'failed', error: problem })),
  ),
});
