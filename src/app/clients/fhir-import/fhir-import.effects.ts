import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, map, of, switchMap, tap } from 'rxjs';
import { problemOf } from '../../core/errors/problem-of';
import { Notifier } from '../../core/layout/notifier';
import { FhirImportApi } from './fhir-import-api';
import { FhirImportApiActions, FhirImportPageActions } from './fhir-import.actions';

export const previewBundle = createEffect(
  (actions$ = inject(Actions), api = inject(FhirImportApi)) => {
    return actions$.pipe(
      ofType(FhirImportPageActions.fileChosen),
      switchMap(({ bundle }) =>
        api.preview(bundle).pipe(
          map((preview) => FhirImportApiActions.previewLoaded({ preview })),
          catchError((error: unknown) => of(FhirImportApiActions.previewFailed({ problem: problemOf(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const importBundle = createEffect(
  (actions$ = inject(Actions), api = inject(FhirImportApi)) => {
    return actions$.pipe(
      ofType(FhirImportPageActions.importClicked),
      exhaustMap(({ bundle }) =>
        api.import(bundle).pipe(
          map((result) => FhirImportApiActions.imported({ result })),
          catchError((error: unknown) => of(FhirImportApiActions.importFailed({ problem: problemOf(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** The imported client's page is where the therapist reviews what came in. */
export const openImportedClient = createEffect(
  (actions$ = inject(Actions), router = inject(Router), notifier = inject(Notifier)) => {
    return actions$.pipe(
      ofType(FhirImportApiActions.imported),
      tap(({ result }) => {
        void notifier.show(`Client imported with ${result.members} network ${result.members === 1 ? 'member' : 'members'} and ${result.measures} ${result.measures === 1 ? 'measure' : 'measures'}.`);
        void router.navigate(['/clients', result.clientId]);
      }),
    );
  },
  { functional: true, dispatch: false },
);
