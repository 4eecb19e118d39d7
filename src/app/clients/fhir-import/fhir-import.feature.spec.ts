import type { FhirImportPreview } from '@domain/clients/fhir-import';
import type { Action } from '@ngrx/store';
import { problemWith } from '../../admin/testing/admin-fixtures';
import { FhirImportApiActions, FhirImportPageActions } from './fhir-import.actions';
import { fhirImportFeature, type FhirImportState, initialFhirImportState } from './fhir-import.feature';
import { fhirPreview } from './testing/fhir-import-fixtures';

describe('FHIR import feature', () => {
  const reduce = (state: FhirImportState, ...actions: Action[]) => actions.reduce((current, action) => fhirImportFeature.reducer(current, action), state);
  const bundle = '{"resourceType":"Bundle"}';
  const preview: FhirImportPreview = fhirPreview();
  const previewed = reduce(initialFhirImportState, FhirImportPageActions.fileChosen({ fileName: 'client.json', bundle }), FhirImportApiActions.previewLoaded({ preview }));

  it('keeps the chosen bundle, waits for its preview, then holds it', () => {
    expect(reduce(initialFhirImportState, FhirImportPageActions.fileChosen({ fileName: 'client.json', bundle }))).toEqual({
      ...initialFhirImportState,
      fileName: 'client.json',
      bundle,
      previewStatus: 'loading',
    });
    expect(previewed).toEqual({ ...initialFhirImportState, fileName: 'client.json', bundle, preview, previewStatus: 'loaded' });
  });

  it('keeps the 400 problem of an invalid bundle with the paths of its elements', () => {
    const problem = problemWith(400, { detail: 'The bundle is not valid FHIR R4.', errors: [{ field: 'entry[3].resource.relationship[0]', message: 'Unknown code.' }] });

    expect(reduce(initialFhirImportState, FhirImportPageActions.fileChosen({ fileName: 'bad.json', bundle }), FhirImportApiActions.previewFailed({ problem }))).toEqual(
      jasmine.objectContaining({ previewStatus: 'failed', error: problem, preview: null }),
    );
  });

  it('tracks the import and keeps the preview when it fails', () => {
    const saving = reduce(previewed, FhirImportPageActions.importClicked({ bundle }));
    const problem = problemWith(409, { detail: 'A client with this case number exists.' });

    expect(saving.importStatus).toBe('saving');
    expect(reduce(saving, FhirImportApiActions.importFailed({ problem }))).toEqual({ ...previewed, importStatus: 'failed', error: problem });
    expect(reduce(saving, FhirImportApiActions.imported({ result: { clientId: 'c1', members: 2, measures: 3 } })).importStatus).toBe('saved');
  });

  it('starts empty when the page opens again', () => {
    expect(reduce(previewed, FhirImportPageActions.opened())).toEqual(initialFhirImportState);
  });
});
