import type { FhirImportPreview } from '@domain/clients/fhir-import';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { createFeature, createReducer, on } from '@ngrx/store';
import type { LoadStatus, SaveStatus } from '../../shared/state/request-status';
import { FhirImportApiActions, FhirImportPageActions } from './fhir-import.actions';

export interface FhirImportState {
  readonly fileName: string | null;
  readonly bundle: string | null;
  readonly preview: FhirImportPreview | null;
  readonly previewStatus: LoadStatus;
  readonly importStatus: SaveStatus;
  readonly error: ProblemDocument | null;
}

export const initialFhirImportState: FhirImportState = {
  fileName: null,
  bundle: null,
  preview: null,
  previewStatus: 'idle',
  importStatus: 'idle',
  error: null,
};

export const fhirImportFeature = createFeature({
  name: 'fhirImport',
  reducer: createReducer(
    initialFhirImportState,
    on(FhirImportPageActions.opened, (): FhirImportState => initialFhirImportState),
    on(FhirImportPageActions.fileChosen, (_state, { fileName, bundle }): FhirImportState => ({ ...initialFhirImportState, fileName, bundle, previewStatus: 'loading' })),
    on(FhirImportApiActions.previewLoaded, (state, { preview }): FhirImportState => ({ ...state, preview, previewStatus: 'loaded' })),
    on(FhirImportApiActions.previewFailed, (state, { problem }): FhirImportState => ({ ...state, previewStatus: 'failed', error: problem })),
    on(FhirImportPageActions.importClicked, (state): FhirImportState => ({ ...state, importStatus: 'saving', error: null })),
    on(FhirImportApiActions.imported, (state): FhirImportState => ({ ...state, importStatus: 'saved' })),
    on(FhirImportApiActions.importFailed, (state, { problem }): FhirImportState => ({ ...state, importStatus: 'failed', error: problem })),
  ),
});
