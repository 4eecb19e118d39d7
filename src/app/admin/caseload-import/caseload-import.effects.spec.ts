import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import type { CaseloadPreview } from '@domain/clients/caseload-import';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { firstValueFrom, type Observable, of, throwError } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { problemWith } from '../testing/admin-fixtures';
import { CaseloadImportApi } from './caseload-import-api';
import { CaseloadImportApiActions, CaseloadImportPageActions } from './caseload-import.actions';
import * as effects from './caseload-import.effects';

describe('caseload import effects', () => {
  let actions$: Observable<Action>;
  let api: jasmine.SpyObj<CaseloadImportApi>;
  const preview: CaseloadPreview = { rows: [{ row: 2, caseNumber: 'CC-1', errors: [{ column: 'dateOfBirth', message: 'Not a date.' }] }], validRows: 0, invalidRows: 1 };
  const newScheduler = () => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

  beforeEach(() => {
    api = jasmine.createSpyObj<CaseloadImportApi>('CaseloadImportApi', ['preview', 'import']);
    TestBed.configureTestingModule({ providers: [provideMockActions(() => actions$), { provide: CaseloadImportApi, useValue: api }] });
  });

  const run = <T>(effect: () => Observable<T>): Observable<T> => TestBed.runInInjectionContext(effect);

  describe('previewCaseload', () => {
    it('sends the chosen file for a dry run', async () => {
      actions$ = of(CaseloadImportPageActions.fileChosen({ fileName: 'caseload.csv', csv: 'a,b' }));
      api.preview.and.returnValue(of(preview));

      expect(await firstValueFrom(run(effects.previewCaseload))).toEqual(CaseloadImportApiActions.previewLoaded({ preview }));
      expect(api.preview).toHaveBeenCalledOnceWith('a,b');
    });

    it('passes on the 413 problem of a file too large', async () => {
      const problem = problemWith(413, { detail: 'The file is larger than 2 MB.' });
      actions$ = of(CaseloadImportPageActions.fileChosen({ fileName: 'big.csv', csv: 'a,b' }));
      api.preview.and.returnValue(throwError(() => new HttpErrorResponse({ status: 413, error: problem })));

      expect(await firstValueFrom(run(effects.previewCaseload))).toEqual(CaseloadImportApiActions.previewFailed({ problem }));
    });

    it('drops the dry run of a file replaced by another before it came back', () => {
      newScheduler().run(({ hot, cold, expectObservable }) => {
        actions$ = hot('a 5ms b', {
          a: CaseloadImportPageActions.fileChosen({ fileName: 'old.csv', csv: 'old' }),
          b: CaseloadImportPageActions.fileChosen({ fileName: 'new.csv', csv: 'new' }),
        });
        const fresh = { ...preview, validRows: 1, invalidRows: 0 };
        api.preview.and.callFake((csv) => (csv === 'old' ? cold('10ms p', { p: preview }) : cold('10ms p', { p: fresh })));

        expectObservable(run(effects.previewCaseload)).toBe('16ms n', { n: CaseloadImportApiActions.previewLoaded({ preview: fresh }) });
      });
    });
  });

  describe('importCaseload', () => {
    it('imports every row unless the user chose the valid rows only', async () => {
      const result = { imported: 2, skippedRows: [] };
      api.import.and.returnValue(of(result));
      actions$ = of(CaseloadImportPageActions.importClicked({ validOnly: false, csv: 'a,b' }));

      expect(await firstValueFrom(run(effects.importCaseload))).toEqual(CaseloadImportApiActions.imported({ result }));
      expect(api.import).toHaveBeenCalledOnceWith({ csv: 'a,b', mode: 'all' });
    });

    it('asks for the valid rows only when that was chosen', async () => {
      api.import.and.returnValue(of({ imported: 1, skippedRows: [3] }));
      actions$ = of(CaseloadImportPageActions.importClicked({ validOnly: true, csv: 'a,b' }));

      await firstValueFrom(run(effects.importCaseload));

      expect(api.import).toHaveBeenCalledOnceWith({ csv: 'a,b', mode: 'valid-only' });
    });

    it('passes on the 400 problem of a file with errors', async () => {
      const problem = problemWith(400, { detail: 'Rows with errors; nothing was stored.', errors: [{ field: 'rows[1].dateOfBirth', message: 'Not a date.' }] });
      api.import.and.returnValue(throwError(() => new HttpErrorResponse({ status: 400, error: problem })));
      actions$ = of(CaseloadImportPageActions.importClicked({ validOnly: false, csv: 'a,b' }));

      expect(await firstValueFrom(run(effects.importCaseload))).toEqual(CaseloadImportApiActions.importFailed({ problem }));
    });

    it('ignores a second click while an import runs', () => {
      newScheduler().run(({ hot, cold, expectObservable }) => {
        const click = CaseloadImportPageActions.importClicked({ validOnly: false, csv: 'a,b' });
        actions$ = hot('a 2ms b', { a: click, b: click });
        api.import.and.returnValue(cold('10ms r', { r: { imported: 1, skippedRows: [] } }));

        expectObservable(run(effects.importCaseload)).toBe('10ms i', { i: CaseloadImportApiActions.imported({ result: { imported: 1, skippedRows: [] } }) });
      });
      expect(api.import).toHaveBeenCalledTimes(1);
    });
  });
});
