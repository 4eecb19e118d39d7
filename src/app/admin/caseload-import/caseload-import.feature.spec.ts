import type { CaseloadPreview } from '@domain/clients/caseload-import';
import type { Action } from '@ngrx/store';
import { problemWith } from '../testing/admin-fixtures';
import { CaseloadImportApiActions, CaseloadImportPageActions } from './caseload-import.actions';
import { caseloadImportFeature, type CaseloadImportState, initialCaseloadImportState } from './caseload-import.feature';

describe('caseload import feature', () => {
  const reduce = (state: CaseloadImportState, ...actions: Action[]) => actions.reduce((current, action) => caseloadImportFeature.reducer(current, action), state);
  const csv = 'caseNumber,legalName\nCC-1,Ann\n';
  const preview: CaseloadPreview = { rows: [{ row: 2, caseNumber: 'CC-1', errors: [] }], validRows: 1, invalidRows: 0 };
  const previewed = reduce(initialCaseloadImportState, CaseloadImportPageActions.fileChosen({ fileName: 'caseload.csv', csv }), CaseloadImportApiActions.previewLoaded({ preview }));

  it('keeps the chosen file and waits for its dry run', () => {
    expect(reduce(initialCaseloadImportState, CaseloadImportPageActions.fileChosen({ fileName: 'caseload.csv', csv }))).toEqual({
      ...initialCaseloadImportState,
      fileName: 'caseload.csv',
      csv,
      previewStatus: 'loading',
    });
  });

  it('holds the dry run once it is back', () => {
    expect(previewed).toEqual({ ...initialCaseloadImportState, fileName: 'caseload.csv', csv, preview, previewStatus: 'loaded' });
  });

  it('keeps the problem of a file the server refused (413 too large)', () => {
    const problem = problemWith(413, { detail: 'The file is larger than 2 MB.' });

    expect(reduce(initialCaseloadImportState, CaseloadImportPageActions.fileChosen({ fileName: 'big.csv', csv }), CaseloadImportApiActions.previewFailed({ problem }))).toEqual(
      jasmine.objectContaining({ previewStatus: 'failed', error: problem, preview: null }),
    );
  });

  it('a new file replaces the previous one’s dry run and outcome', () => {
    const imported = reduce(previewed, CaseloadImportPageActions.importClicked({ validOnly: false, csv }), CaseloadImportApiActions.imported({ result: { imported: 1, skippedRows: [] } }));

    expect(reduce(imported, CaseloadImportPageActions.fileChosen({ fileName: 'next.csv', csv: 'x' }))).toEqual({
      ...initialCaseloadImportState,
      fileName: 'next.csv',
      csv: 'x',
      previewStatus: 'loading',
    });
  });

  it('tracks the import: saving, then saved with the result', () => {
    const saving = reduce(previewed, CaseloadImportPageActions.importClicked({ validOnly: true, csv }));
    const result = { imported: 1, skippedRows: [3, 4] };

    expect(saving.importStatus).toBe('saving');
    expect(reduce(saving, CaseloadImportApiActions.imported({ result }))).toEqual({ ...saving, importStatus: 'saved', result });
  });

  it('keeps the dry run when the import fails, with the problem, and clears the problem on the next try', () => {
    const problem = problemWith(400, { detail: 'Row 3 has errors; nothing was stored.' });
    const failed = reduce(previewed, CaseloadImportPageActions.importClicked({ validOnly: false, csv }), CaseloadImportApiActions.importFailed({ problem }));

    expect(failed).toEqual({ ...previewed, importStatus: 'failed', error: problem });
    expect(reduce(failed, CaseloadImportPageActions.importClicked({ validOnly: false, csv })).error).toBeNull();
  });

  it('starts empty when the page opens again', () => {
    expect(reduce(previewed, CaseloadImportPageActions.opened())).toEqual(initialCaseloadImportState);
  });
});
