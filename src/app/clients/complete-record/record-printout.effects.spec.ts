import { DOCUMENT } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import type { CompleteRecordPrintout } from '@domain/clients/complete-record';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { provideMockStore } from '@ngrx/store/testing';
import { firstValueFrom, of, throwError, type Observable } from 'rxjs';
import { CompleteRecordPageActions } from './complete-record-page.actions';
import { RecordPrintoutApi } from './record-printout-api';
import { RecordPrintoutApiActions } from './record-printout-api.actions';
import * as effects from './record-printout.effects';
import { initialRecordPrintoutState } from './record-printout.feature';

describe('record printout effects', () => {
  let actions$: Observable<Action>;
  let api: jasmine.SpyObj<RecordPrintoutApi>;
  const printout = { client: { id: 'c1', caseNumber: 'CC-00042' } } as unknown as CompleteRecordPrintout;
  const problem: ProblemDocument = { type: 'about:blank', title: 'Not found', status: 404 };

  beforeEach(() => {
    api = jasmine.createSpyObj<RecordPrintoutApi>('RecordPrintoutApi', ['createPrintout', 'fhirBundle']);
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        provideMockStore({ initialState: { recordPrintout: { ...initialRecordPrintoutState, clientId: 'c1', printout } } }),
        { provide: RecordPrintoutApi, useValue: api },
      ],
    });
  });

  it('asks the server for the record (one audited print) when the page opens', async () => {
    actions$ = of(CompleteRecordPageActions.opened({ clientId: 'c1' }));
    api.createPrintout.and.returnValue(of(printout));

    expect(await firstValueFrom(TestBed.runInInjectionContext(effects.loadRecordPrintout))).toEqual(
      RecordPrintoutApiActions.printoutLoaded({ clientId: 'c1', printout }),
    );
    expect(api.createPrintout).toHaveBeenCalledOnceWith('c1');
  });

  it('passes on the problem when the record cannot be read', async () => {
    actions$ = of(CompleteRecordPageActions.retryClicked());
    api.createPrintout.and.returnValue(throwError(() => new HttpErrorResponse({ status: 404, error: problem })));

    expect(await firstValueFrom(TestBed.runInInjectionContext(effects.loadRecordPrintout))).toEqual(
      RecordPrintoutApiActions.printoutLoadFailed({ clientId: 'c1', problem }),
    );
  });

  it('saves the FHIR bundle as a file named for the case', async () => {
    const document = TestBed.inject(DOCUMENT);
    const names: string[] = [];
    spyOn(HTMLAnchorElement.prototype, 'click').and.callFake(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    actions$ = of(CompleteRecordPageActions.downloadFhirClicked());
    api.fhirBundle.and.returnValue(of(new Blob(['{}'], { type: 'application/fhir+json' })));

    expect(await firstValueFrom(TestBed.runInInjectionContext(effects.downloadFhirBundle))).toEqual(
      RecordPrintoutApiActions.fhirBundleSaved({ clientId: 'c1' }),
    );
    expect(names).toEqual(['record-CC-00042.fhir.json']);
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('reports a failed download without saving anything', async () => {
    actions$ = of(CompleteRecordPageActions.downloadFhirClicked());
    api.fhirBundle.and.returnValue(throwError(() => new HttpErrorResponse({ status: 404, error: problem })));

    expect(await firstValueFrom(TestBed.runInInjectionContext(effects.downloadFhirBundle))).toEqual(
      RecordPrintoutApiActions.fhirBundleFailed({ clientId: 'c1', problem }),
    );
  });
});
