import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { CaseloadPreview } from '@domain/clients/caseload-import';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { waitFor } from '../../../../testing/wait-for';
import { problemWith } from '../../testing/admin-fixtures';
import { CaseloadImportPageActions } from '../caseload-import.actions';
import { type CaseloadImportState, initialCaseloadImportState } from '../caseload-import.feature';
import CaseloadImportPage from './caseload-import-page';

describe('CaseloadImportPage', () => {
  let fixture: ComponentFixture<CaseloadImportPage>;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let loader: HarnessLoader;
  const csv = 'caseNumber,legalName\n…';
  const withErrors: CaseloadPreview = {
    rows: [
      { row: 2, caseNumber: 'CC-1001', errors: [] },
      { row: 3, caseNumber: 'CC-1002', errors: [{ column: 'dateOfBirth', message: 'Use a date as YYYY-MM-DD.' }] },
      {
        row: 4,
        caseNumber: '',
        errors: [
          { column: 'caseNumber', message: 'Give a case number.' },
          { column: 'therapistEmail', message: 'No active therapist has this email.' },
        ],
      },
    ],
    validRows: 1,
    invalidRows: 2,
  };
  const allValid: CaseloadPreview = { rows: [{ row: 2, caseNumber: 'CC-1001', errors: [] }, { row: 3, caseNumber: 'CC-1002', errors: [] }], validRows: 2, invalidRows: 0 };
  const previewed = (preview: CaseloadPreview, changes: Partial<CaseloadImportState> = {}): CaseloadImportState => ({
    ...initialCaseloadImportState,
    fileName: 'caseload.csv',
    csv,
    preview,
    previewStatus: 'loaded',
    ...changes,
  });

  async function render(caseloadImport: CaseloadImportState = initialCaseloadImportState): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideMockStore({ initialState: { caseloadImport } }), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(CaseloadImportPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  }

  async function change(caseloadImport: CaseloadImportState): Promise<void> {
    store.setState({ caseloadImport });
    await fixture.whenStable();
  }

  const element = () => fixture.nativeElement as HTMLElement;
  const text = () => (element().textContent ?? '').replace(/\s+/g, ' ');
  const importButton = () => loader.getHarness(MatButtonHarness.with({ text: /^Import / }));

  it('starts empty and sends a chosen file for its dry run', async () => {
    await render();
    expect(dispatch).toHaveBeenCalledWith(CaseloadImportPageActions.opened());
    expect(text()).toContain('No file checked yet');

    const input = element().querySelector<HTMLInputElement>('input[type="file"]')!;
    const files = new DataTransfer();
    files.items.add(new File([csv], 'caseload.csv', { type: 'text/csv' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));

    await waitFor(() => dispatch.calls.allArgs().some(([action]) => action.type === CaseloadImportPageActions.fileChosen.type), 'the chosen file to be read');
    expect(dispatch).toHaveBeenCalledWith(CaseloadImportPageActions.fileChosen({ fileName: 'caseload.csv', csv }));
    expect(input.value).toBe('');
  });

  it('labels the file input', async () => {
    await render();
    const input = element().querySelector<HTMLInputElement>('input[type="file"]')!;

    expect(element().querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Caseload file (CSV)');
  });

  it('lists each error of the dry run by row, case number and column, and says nothing is stored', async () => {
    await render(previewed(withErrors));

    expect(text()).toContain('3 rows checked: 1 valid, 2 with errors.');
    const rows = Array.from(element().querySelectorAll('.errors-table tbody tr')).map((row) => Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent?.trim()));
    expect(rows).toEqual([
      ['3', 'CC-1002', 'dateOfBirth', 'Use a date as YYYY-MM-DD.'],
      ['4', '—', 'caseNumber', 'Give a case number.'],
      ['4', '—', 'therapistEmail', 'No active therapist has this email.'],
    ]);
    expect(text()).toContain('Nothing is imported while any row has an error.');
  });

  it('keeps import disabled while rows have errors, until importing only the valid rows is chosen', async () => {
    await render(previewed(withErrors));
    const button = await importButton();

    expect(await button.getText()).toBe('Import 1 valid row');
    expect(await button.isDisabled()).toBeTrue();
    await button.click();
    expect(dispatch).not.toHaveBeenCalledWith(jasmine.objectContaining({ type: CaseloadImportPageActions.importClicked.type }));

    const validOnly = await loader.getHarness(MatCheckboxHarness);
    expect(await validOnly.getLabelText()).toBe('Import only the 1 valid row and leave out the 2 rows with errors');
    await validOnly.check();
    expect(await button.isDisabled()).toBeFalse();
    await button.click();

    expect(dispatch).toHaveBeenCalledWith(CaseloadImportPageActions.importClicked({ validOnly: true, csv }));
  });

  it('offers no partial import when no row is valid', async () => {
    await render(previewed({ ...withErrors, rows: withErrors.rows.slice(1), validRows: 0 }));

    expect(await loader.getAllHarnesses(MatCheckboxHarness)).toEqual([]);
    expect(await (await importButton()).isDisabled()).toBeTrue();
  });

  it('imports every row of a file without errors', async () => {
    await render(previewed(allValid));
    const button = await importButton();

    expect(await button.getText()).toBe('Import all 2 rows');
    await button.click();

    expect(dispatch).toHaveBeenCalledWith(CaseloadImportPageActions.importClicked({ validOnly: false, csv }));
  });

  it('focuses the dry run’s summary when it arrives', async () => {
    await render({ ...initialCaseloadImportState, fileName: 'caseload.csv', csv, previewStatus: 'loading' });
    expect(text()).toContain('Checking the file…');

    await change(previewed(withErrors));

    expect(document.activeElement).toBe(element().querySelector('.summary'));
  });

  it('shows a 413 answer as an alert and moves focus to it', async () => {
    await render({ ...initialCaseloadImportState, fileName: 'big.csv', csv, previewStatus: 'loading' });

    await change({ ...initialCaseloadImportState, fileName: 'big.csv', csv, previewStatus: 'failed', error: problemWith(413, { detail: 'The file is larger than 2 MB.' }) });

    const alert = element().querySelector<HTMLElement>('[role="alert"]')!;
    expect(alert.textContent).toContain('The file is larger than 2 MB.');
    expect(document.activeElement).toBe(alert);
  });

  it('shows a failed import’s 400 problem under the dry run and moves focus to it', async () => {
    await render(previewed(allValid, { importStatus: 'saving' }));

    await change(previewed(allValid, { importStatus: 'failed', error: problemWith(400, { detail: 'Row 2: the case number is already in use; nothing was stored.' }) }));

    const alert = element().querySelector<HTMLElement>('[role="alert"]')!;
    expect(alert.textContent).toContain('Row 2: the case number is already in use; nothing was stored.');
    expect(document.activeElement).toBe(alert);
    expect(await (await importButton()).isDisabled()).toBeFalse();
  });

  it('reports what was imported and which rows were left out, with focus, and offers no second import', async () => {
    await render(previewed(withErrors, { importStatus: 'saving' }));

    await change(previewed(withErrors, { importStatus: 'saved', result: { imported: 1, skippedRows: [3, 4] } }));

    const success = element().querySelector<HTMLElement>('.success')!;
    expect(success.textContent?.replace(/\s+/g, ' ')).toContain('Imported 1 client. Left out rows 3, 4, which had errors.');
    expect(document.activeElement).toBe(success);
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /^Import / }))).toEqual([]);
  });
});
