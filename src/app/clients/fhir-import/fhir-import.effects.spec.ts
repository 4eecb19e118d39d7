import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { firstValueFrom, type Observable, of, throwError } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { problemWith } from '../../admin/testing/admin-fixtures';
import { Notifier } from '../../core/layout/notifier';
import { FhirImportApi } from './fhir-import-api';
import { FhirImportApiActions, FhirImportPageActions } from './fhir-import.actions';
import * as effects from './fhir-import.effects';
import { fhirPreview } from './testing/fhir-import-fixtures';

describe('FHIR import effects', () => {
  let actions$: Observable<Action>;
  let api: jasmine.SpyObj<FhirImportApi>;
  let router: jasmine.SpyObj<Router>;
  let notifier: jasmine.SpyObj<Notifier>;
  const bundle = '{"resourceType":"Bundle"}';
  const preview = fhirPreview();

  beforeEach(() => {
    api = jasmine.createSpyObj<FhirImportApi>('FhirImportApi', ['preview', 'import']);
    router = jasmine.createSpyObj<Router>('Router', ['navigate']);
    router.navigate.and.resolveTo(true);
    notifier = jasmine.createSpyObj<Notifier>('Notifier', ['show']);
    notifier.show.and.resolveTo();
    TestBed.configureTestingModule({
      providers: [provideMockActions(() => actions$), { provide: FhirImportApi, useValue: api }, { provide: Router, useValue: router }, { provide: Notifier, useValue: notifier }],
    });
  });

  const run = <T>(effect: () => Observable<T>): Observable<T> => TestBed.runInInjectionContext(effect);

  it('previews the chosen bundle', async () => {
    actions$ = of(FhirImportPageActions.fileChosen({ fileName: 'client.json', bundle }));
    api.preview.and.returnValue(of(preview));

    expect(await firstValueFrom(run(effects.previewBundle))).toEqual(FhirImportApiActions.previewLoaded({ preview }));
    expect(api.preview).toHaveBeenCalledOnceWith(bundle);
  });

  it('passes on the 400 problem naming the offending element', async () => {
    const problem = problemWith(400, { detail: 'The bundle is not valid FHIR R4.', errors: [{ field: 'entry[3].resource.relationship[0]', message: 'Unknown code.' }] });
    actions$ = of(FhirImportPageActions.fileChosen({ fileName: 'bad.json', bundle }));
    api.preview.and.returnValue(throwError(() => new HttpErrorResponse({ status: 400, error: problem })));

    expect(await firstValueFrom(run(effects.previewBundle))).toEqual(FhirImportApiActions.previewFailed({ problem }));
  });

  it('passes on the 413 problem of a bundle too large for the import', async () => {
    const problem = problemWith(413, { detail: 'The bundle is larger than 2 MB.' });
    actions$ = of(FhirImportPageActions.importClicked({ bundle }));
    api.import.and.returnValue(throwError(() => new HttpErrorResponse({ status: 413, error: problem })));

    expect(await firstValueFrom(run(effects.importBundle))).toEqual(FhirImportApiActions.importFailed({ problem }));
  });

  it('imports once, however often the button is pressed while it runs', () => {
    new TestScheduler((actual, expected) => expect(actual).toEqual(expected)).run(({ hot, cold, expectObservable }) => {
      const result = { clientId: 'c1', members: 2, measures: 1 };
      actions$ = hot('a 1ms a', { a: FhirImportPageActions.importClicked({ bundle }) });
      api.import.and.returnValue(cold('5ms r', { r: result }));

      expectObservable(run(effects.importBundle)).toBe('5ms i', { i: FhirImportApiActions.imported({ result }) });
    });
    expect(api.import).toHaveBeenCalledTimes(1);
  });

  it('opens the imported client and says what came in', async () => {
    actions$ = of(FhirImportApiActions.imported({ result: { clientId: 'c1', members: 1, measures: 2 } }));

    await firstValueFrom(run(effects.openImportedClient));

    expect(router.navigate).toHaveBeenCalledOnceWith(['/clients', 'c1']);
    expect(notifier.show).toHaveBeenCalledOnceWith('Client imported with 1 network member and 2 measures.');
  });
});
