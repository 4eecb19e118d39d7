import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, map, of, switchMap } from 'rxjs';
import { problemOf } from '../../core/errors/problem-of';
import { CaseloadImportApi } from './caseload-import-api';
import { CaseloadImportApiActions, CaseloadImportPageActions } from './caseload-import.actions';

/** A new file replaces the preview of the one before (switchMap). */
export const previewCaseload = createEffect(
  (actions$ = inject(Actions), api = inject(CaseloadImportApi)) => {
    return actions$.pipe(
      ofType(CaseloadImportPageActions.fileChosen),
      switchMap(({ csv }) =>
        api.preview(csv).pipe(
          map((preview) => CaseloadImportApiActions.previewLoaded({ preview })),
          catchError((error: unknown) => of(CaseloadImportApiActions.previewFailed({ problem: problemOf(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** One import at a time: a second click while one runs is ignored (exhaustMap). */
export const importCaseload = createEffect(
  (actions$ = inject(Actions), api = inject(CaseloadImportApi)) => {
    return actions$.pipe(
      ofType(CaseloadImportPageActions.importClicked),
      exhaustMap(({ validOnly, csv }) =>
        api.import({ csv, mode: validOnly ? 'valid-only' : 'all' }).pipe(
          map((result) => CaseloadImportApiActions.imported({ result })),
          catchError((error: unknown) => of(CaseloadImportApiActions.importFailed({ problem: problemOf(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);
