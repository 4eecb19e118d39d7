import { DOCUMENT } from '@angular/common';
import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, EMPTY, exhaustMap, first, map, of, switchMap, tap } from 'rxjs';
import { problemOf } from '../../core/errors/problem-of';
import { saveBlob } from '../../shared/download/save-blob';
import { CompleteRecordPageActions } from './complete-record-page.actions';
import { RecordPrintoutApi } from './record-printout-api';
import { RecordPrintoutApiActions } from './record-printout-api.actions';
import { recordPrintoutFeature } from './record-printout.feature';

/** One printout (and one audit event) per view of the page, and again on retry. */
export const loadRecordPrintout = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(RecordPrintoutApi)) => {
    return actions$.pipe(
      ofType(CompleteRecordPageActions.opened, CompleteRecordPageActions.retryClicked),
      switchMap(() => store.select(recordPrintoutFeature.selectClientId).pipe(first())),
      switchMap((clientId) =>
        clientId === null
          ? EMPTY
          : api.createPrintout(clientId).pipe(
              map((printout) => RecordPrintoutApiActions.printoutLoaded({ clientId, printout })),
              catchError((error: unknown) => of(RecordPrintoutApiActions.printoutLoadFailed({ clientId, problem: problemOf(error) }))),
            ),
      ),
    );
  },
  { functional: true },
);

/** The FHIR bundle, saved as a file named for the case (each download is audited as an export). */
export const downloadFhirBundle = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(RecordPrintoutApi), document = inject(DOCUMENT)) => {
    return actions$.pipe(
      ofType(CompleteRecordPageActions.downloadFhirClicked),
      exhaustMap(() => store.select(recordPrintoutFeature.selectRecordPrintoutState).pipe(first())),
      exhaustMap(({ clientId, printout }) =>
        clientId === null
          ? EMPTY
          : api.fhirBundle(clientId).pipe(
              tap((blob) => saveBlob(document, `record-${printout?.client.caseNumber ?? clientId}.fhir.json`, blob)),
              map(() => RecordPrintoutApiActions.fhirBundleSaved({ clientId })),
              catchError((error: unknown) => of(RecordPrintoutApiActions.fhirBundleFailed({ clientId, problem: problemOf(error) }))),
            ),
      ),
    );
  },
  { functional: true },
);
