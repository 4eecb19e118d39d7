import { HttpErrorResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, map, of, tap } from 'rxjs';
import { AppActions } from '../../app.actions';
import { problemOf } from '../errors/problem-of';
import { retryAfterSecondsOf } from '../errors/retry-after-seconds';
import { Notifier } from '../layout/notifier';
import { ShellActions } from '../layout/shell/shell.actions';
import { AuthApi } from './auth-api';
import { AuthApiActions } from './auth-api.actions';
import { ChangePasswordPageActions } from './change-password-page.actions';
import { IdleWarningActions } from './idle-warning.actions';
import { IdleWatcher } from './idle-watcher';
import { SessionActions } from './session.actions';
import { SignInPageActions } from './sign-in-page.actions';
import { EnrolmentPageActions } from '../two-factor/enrolment-page.actions';
import { TwoFactorCodePageActions } from '../two-factor/two-factor-code-page.actions';

const SIGNED_OUT_URL = '/sign-in';
const SESSION_ENDED_URL = '/sign-in?reason=expired';

/** On start-up, asks the server whether the session cookie (if any) is still good. */
export const restoreSession = createEffect(
  (actions$ = inject(Actions), authApi = inject(AuthApi)) => {
    return actions$.pipe(
      ofType(AppActions.opened),
      exhaustMap(() =>
        authApi.restoreSession().pipe(
          map(({ session }) =>
            session === null ? AuthApiActions.sessionNotFound() : AuthApiActions.sessionRestored({ sessionInfo: session }),
          ),
          catchError((error: unknown) =>
            of(
              error instanceof HttpErrorResponse && error.status === 401
                ? AuthApiActions.sessionNotFound()
                : AuthApiActions.sessionCheckFailed({ problem: problemOf(error) }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const signIn = createEffect(
  (actions$ = inject(Actions), authApi = inject(AuthApi)) => {
    return actions$.pipe(
      ofType(SignInPageActions.submitted),
      exhaustMap(({ request }) =>
        authApi.signIn(request).pipe(
          map((sessionInfo) => AuthApiActions.signInSucceeded({ sessionInfo })),
          catchError((error: unknown) =>
            of(AuthApiActions.signInFailed({ problem: problemOf(error), retryAfterSeconds: retryAfterSecondsOf(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** `/` leads on to the role's home page, or to the change-password page when that comes first. */
export const goHomeAfterSignIn = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) => {
    return actions$.pipe(
      ofType(AuthApiActions.signInSucceeded, AuthApiActions.passwordChanged),
      tap(() => void router.navigateByUrl('/')),
    );
  },
  { functional: true, dispatch: false },
);

export const signOut = createEffect(
  (actions$ = inject(Actions), authApi = inject(AuthApi)) => {
    return actions$.pipe(
      ofType(
        ShellActions.signOutClicked,
        IdleWarningActions.signOutClicked,
        ChangePasswordPageActions.signOutClicked,
        TwoFactorCodePageActions.signOutClicked,
        EnrolmentPageActions.signOutClicked,
      ),
      exhaustMap(() =>
        authApi.signOut().pipe(
          map(() => AuthApiActions.signOutSucceeded()),
          catchError((error: unknown) => of(AuthApiActions.signOutFailed({ problem: problemOf(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const goToSignInAfterSignOut = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) => {
    return actions$.pipe(
      ofType(AuthApiActions.signOutSucceeded),
      tap(() => void router.navigateByUrl(SIGNED_OUT_URL)),
    );
  },
  { functional: true, dispatch: false },
);

export const goToSignInWhenSessionEnds = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) => {
    return actions$.pipe(
      ofType(SessionActions.ended),
      tap(() => void router.navigateByUrl(SESSION_ENDED_URL)),
    );
  },
  { functional: true, dispatch: false },
);

/** "Stay signed in": any authenticated request restarts the server's idle clock. */
export const refreshSession = createEffect(
  (actions$ = inject(Actions), authApi = inject(AuthApi)) => {
    return actions$.pipe(
      ofType(IdleWarningActions.staySignedInClicked),
      exhaustMap(() =>
        authApi.refreshSession().pipe(
          map((sessionInfo) => AuthApiActions.sessionRefreshed({ sessionInfo })),
          catchError((error: unknown) => of(AuthApiActions.sessionRefreshFailed({ problem: problemOf(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const changePassword = createEffect(
  (actions$ = inject(Actions), authApi = inject(AuthApi)) => {
    return actions$.pipe(
      ofType(ChangePasswordPageActions.submitted),
      exhaustMap(({ request }) =>
        authApi.changePassword(request).pipe(
          map((sessionInfo) => AuthApiActions.passwordChanged({ sessionInfo })),
          catchError((error: unknown) => of(AuthApiActions.passwordChangeFailed({ problem: problemOf(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const confirmPasswordChanged = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) => {
    return actions$.pipe(
      ofType(AuthApiActions.passwordChanged),
      tap(() => void notifier.show('Your password has been changed.')),
    );
  },
  { functional: true, dispatch: false },
);

/** Ends the session in the SPA when the idle timeout passes (see IdleWatcher). */
export const endSessionWhenIdle = createEffect(
  (idleWatcher = inject(IdleWatcher)) => {
    return idleWatcher.watch();
  },
  { functional: true },
);
