import { inject } from '@angular/core';
import type { TwoFactorPolicy } from '@domain/accounts/two-factor';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, concatMap, map, of, switchMap, tap } from 'rxjs';
import { problemOf } from '../../core/errors/problem-of';
import { Notifier } from '../../core/layout/notifier';
import { TwoFactorPolicyApi } from './two-factor-policy-api';
import { TwoFactorPolicyApiActions } from './two-factor-policy-api.actions';
import { TwoFactorPolicyPageActions } from './two-factor-policy-page.actions';

export const loadPolicy = createEffect(
  (actions$ = inject(Actions), api = inject(TwoFactorPolicyApi)) => {
    return actions$.pipe(
      ofType(TwoFactorPolicyPageActions.opened, TwoFactorPolicyPageActions.retryClicked),
      switchMap(() =>
        api.load().pipe(
          map((policy) => TwoFactorPolicyApiActions.policyLoaded({ policy })),
          catchError((error: unknown) => of(TwoFactorPolicyApiActions.policyLoadFailed({ problem: problemOf(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const savePolicy = createEffect(
  (actions$ = inject(Actions), api = inject(TwoFactorPolicyApi)) => {
    return actions$.pipe(
      ofType(TwoFactorPolicyPageActions.saveClicked),
      concatMap(({ request }) =>
        api.save(request).pipe(
          map((policy) => TwoFactorPolicyApiActions.policySaved({ policy })),
          catchError((error: unknown) => {
            const problem = problemOf(error);
            const current = (problem as { current?: TwoFactorPolicy }).current ?? null;
            return of(TwoFactorPolicyApiActions.policySaveFailed({ problem, current }));
          }),
        ),
      ),
    );
  },
  { functional: true },
);

export const confirmSaved = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) => {
    return actions$.pipe(
      ofType(TwoFactorPolicyApiActions.policySaved),
      tap(() => void notifier.show('Two-factor policy saved. It applies from each person\'s next sign-in.')),
    );
  },
  { functional: true, dispatch: false },
);
