import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, endWith, map, of, switchMap, takeUntil, tap } from 'rxjs';
import { problemOf } from '../../core/errors/problem-of';
import { ClinicExportPageActions, ClinicExportStreamActions } from './clinic-export.actions';
import { type ClinicExportEvent, ClinicExportStream } from './clinic-export-stream';

function actionFor(event: ClinicExportEvent) {
  switch (event.kind) {
    case 'manifest':
      return ClinicExportStreamActions.manifestReceived({ transactionTime: event.transactionTime, files: event.files });
    case 'progress':
      return ClinicExportStreamActions.chunkReceived({ resourceType: event.type, resources: event.resources, bytes: event.bytes });
    case 'file':
      return ClinicExportStreamActions.fileReceived({ resourceType: event.type, resources: event.resources, bytes: event.bytes, url: event.url });
  }
}

/** One export at a time; cancelling or leaving the page unsubscribes, which aborts the requests. */
export const runClinicExport = createEffect(
  (actions$ = inject(Actions), stream = inject(ClinicExportStream)) => {
    return actions$.pipe(
      ofType(ClinicExportPageActions.startClicked),
      switchMap(() =>
        stream.run().pipe(
          map(actionFor),
          endWith(ClinicExportStreamActions.finished()),
          catchError((error: unknown) => of(ClinicExportStreamActions.failed({ problem: problemOf(error) }))),
          takeUntil(actions$.pipe(ofType(ClinicExportPageActions.cancelClicked, ClinicExportPageActions.left))),
        ),
      ),
    );
  },
  { functional: true },
);

/** The files of an earlier export are freed when a new one starts or the page opens or closes. */
export const releaseExportFiles = createEffect(
  (actions$ = inject(Actions), stream = inject(ClinicExportStream)) => {
    return actions$.pipe(
      ofType(ClinicExportPageActions.opened, ClinicExportPageActions.startClicked, ClinicExportPageActions.left),
      tap(() => stream.release()),
    );
  },
  { functional: true, dispatch: false },
);
