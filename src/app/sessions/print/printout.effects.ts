import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, EMPTY, first, map, of, switchMap } from 'rxjs';
import { problemOf } from '../../core/errors/problem-of';
import { PrintPageActions } from './print-page.actions';
import { PrintoutApi } from './printout-api';
import { PrintoutApiActions } from './printout-api.actions';
import { printoutFeature } from './printout.feature';

/** One printout (and one audit event) per view of the page, and again on retry. */
export const loadPrintout = createEffect(
  (actions$ = inject(Actions), store = inject(Store), printoutApi = inject(PrintoutApi)) => {
    return actions$.pipe(
      ofType(PrintPageActions.opened, PrintPageActions.retryClicked),
      switchMap(() => store.select(printoutFeature.selectRequest).pipe(first())),
      switchMap((request) =>
        request === null
          ? EMPTY
          : printoutApi.createPrintout(request.clientId, request.sessionId, request.copy).pipe(
              map((printout) => PrintoutApiActions.printoutLoaded({ request, printout })),
              catchError((error: unknown) =>
                of(PrintoutApiActions.printoutLoadFailed({ request, problem: problemOf(error) })),
              ),
            ),
      ),
    );
  },
  { functional: true },
);
