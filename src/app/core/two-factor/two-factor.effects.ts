import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, map, of, switchMap, tap } from 'rxjs';
import { problemOf } from '../errors/problem-of';
import { retryAfterSecondsOf } from '../errors/retry-after-seconds';
import { AccountPageActions } from './account-page.actions';
import { EnrolmentPageActions } from './enrolment-page.actions';
import { TwoFactorApi } from './two-factor-api';
import { TwoFactorApiActions } from './two-factor-api.actions';
import { TwoFactorCodePageActions } from './two-factor-code-page.actions';

export const loadStatus = createEffect(
  (actions$ = inject(Actions), api = inject(TwoFactorApi)) => {
    return actions$.pipe(
      ofType(AccountPageActions.opened, AccountPageActions.retryClicked),
      switchMap(() =>
        api.status().pipe(
          map((status) => TwoFactorApiActions.statusLoaded({ status })),
          catchError((error: unknown) => of(TwoFactorApiActions.statusLoadFailed({ problem: problemOf(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const startEnrolment = createEffect(
  (actions$ = inject(Actions), api = inject(TwoFactorApi)) => {
    return actions$.pipe(
      ofType(EnrolmentPageActions.opened, EnrolmentPageActions.retryClicked),
      switchMap(() =>
        api.startEnrolment().pipe(
          map((enrolment) => TwoFactorApiActions.enrolmentStarted({ enrolment })),
          catchError((error: unknown) => of(TwoFactorApiActions.enrolmentStartFailed({ problem: problemOf(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const confirmEnrolment = createEffect(
  (actions$ = inject(Actions), api = inject(TwoFactorApi)) => {
    return actions$.pipe(
      ofType(EnrolmentPageActions.codeSubmitted),
      exhaustMap(({ code }) =>
        api.confirmEnrolment(code).pipe(
          map(({ recoveryCodes, sessionInfo }) => TwoFactorApiActions.enrolmentConfirmed({ recoveryCodes, sessionInfo })),
          catchError((error: unknown) =>
            of(TwoFactorApiActions.enrolmentConfirmFailed({ problem: problemOf(error), retryAfterSeconds: retryAfterSecondsOf(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const verifyCode = createEffect(
  (actions$ = inject(Actions), api = inject(TwoFactorApi)) => {
    return actions$.pipe(
      ofType(TwoFactorCodePageActions.submitted),
      exhaustMap(({ request }) =>
        api.verify(request).pipe(
          map((sessionInfo) => TwoFactorApiActions.codeAccepted({ sessionInfo })),
          catchError((error: unknown) =>
            of(TwoFactorApiActions.codeRefused({ problem: problemOf(error), retryAfterSeconds: retryAfterSecondsOf(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const regenerateRecoveryCodes = createEffect(
  (actions$ = inject(Actions), api = inject(TwoFactorApi)) => {
    return actions$.pipe(
      ofType(AccountPageActions.regenerateSubmitted),
      exhaustMap(({ code }) =>
        api.regenerateRecoveryCodes(code).pipe(
          map(({ recoveryCodes }) => TwoFactorApiActions.recoveryCodesRegenerated({ recoveryCodes })),
          catchError((error: unknown) =>
            of(
              TwoFactorApiActions.recoveryCodesRegenerateFailed({ problem: problemOf(error), retryAfterSeconds: retryAfterSecondsOf(error) }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** Past the second step (or enrolment, once the codes are saved): on to the role's home page. */
export const goHomeWhenSignedIn = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) => {
    return actions$.pipe(
      ofType(TwoFactorApiActions.codeAccepted, EnrolmentPageActions.codesSavedClicked),
      tap(() => void router.navigateByUrl('/')),
    );
  },
  { functional: true, dispatch: false },
);
