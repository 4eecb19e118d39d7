import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { firstValueFrom, of, throwError, toArray, type Observable } from 'rxjs';
import { PrintPageActions } from './print-page.actions';
import { PrintoutApi } from './printout-api';
import { PrintoutApiActions } from './printout-api.actions';
import * as effects from './printout.effects';
import { initialPrintoutState, type PrintRequest } from './printout.feature';
import { CLIENT_ID, printoutOf, SESSION_ID } from './testing/print-fixtures';

describe('printout effects', () => {
  let actions$: Observable<Action>;
  let printoutApi: jasmine.SpyObj<PrintoutApi>;
  let store: MockStore;
  const request: PrintRequest = { clientId: CLIENT_ID, sessionId: SESSION_ID, copy: 'family' };

  beforeEach(() => {
    printoutApi = jasmine.createSpyObj<PrintoutApi>('PrintoutApi', ['createPrintout']);
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        provideMockStore({ initialState: { printout: { ...initialPrintoutState, request } } }),
        { provide: PrintoutApi, useValue: printoutApi },
      ],
    });
    store = TestBed.inject(MockStore);
  });

  const run = () => TestBed.runInInjectionContext(effects.loadPrintout);

  it('asks the server for the copy when the page opens', async () => {
    const printout = printoutOf('family');
    actions$ = of(PrintPageActions.opened({ request }));
    printoutApi.createPrintout.and.returnValue(of(printout));

    expect(await firstValueFrom(run())).toEqual(
      PrintoutApiActions.printoutLoaded({ request, printout }),
    );
    expect(printoutApi.createPrintout).toHaveBeenCalledOnceWith(CLIENT_ID, SESSION_ID, 'family');
  });

  it('passes on the problem when there is no such session', async () => {
    const problem: ProblemDocument = { type: 'about:blank', title: 'Not found', status: 404 };
    actions$ = of(PrintPageActions.retryClicked());
    printoutApi.createPrintout.and.returnValue(
      throwError(() => new HttpErrorResponse({ status: 404, error: problem })),
    );

    expect(await firstValueFrom(run())).toEqual(
      PrintoutApiActions.printoutLoadFailed({ request, problem }),
    );
  });

  it('asks nothing when no printout is on screen', async () => {
    store.setState({ printout: initialPrintoutState });
    actions$ = of(PrintPageActions.retryClicked());

    expect(await firstValueFrom(run().pipe(toArray()))).toEqual([]);
    expect(printoutApi.createPrintout).not.toHaveBeenCalled();
  });
});
