import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { firstValueFrom, of, Subject, throwError, type Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { sessionInfoFor } from '../../../testing/auth-fixtures';
import { AppActions } from '../../app.actions';
import { Notifier } from '../layout/notifier';
import { ShellActions } from '../layout/shell/shell.actions';
import { AuthApi } from './auth-api';
import { AuthApiActions } from './auth-api.actions';
import * as effects from './auth.effects';
import { ChangePasswordPageActions } from './change-password-page.actions';
import { IdleWarningActions } from './idle-warning.actions';
import { SessionActions } from './session.actions';
import { SignInPageActions } from './sign-in-page.actions';

describe('auth effects', () => {
  let actions$: Observable<Action>;
  let authApi: jasmine.SpyObj<AuthApi>;
  let router: jasmine.SpyObj<Router>;
  let notifier: jasmine.SpyObj<Notifier>;
  const therapist = sessionInfoFor('therapist');
  const request = { email: 'therapist@clinic.example', password: 'correct horse' };

  beforeEach(() => {
    authApi = jasmine.createSpyObj<AuthApi>('AuthApi', [
      'signIn',
      'restoreSession',
      'refreshSession',
      'signOut',
      'changePassword',
    ]);
    router = jasmine.createSpyObj<Router>('Router', ['navigateByUrl']);
    router.navigateByUrl.and.resolveTo(true);
    notifier = jasmine.createSpyObj<Notifier>('Notifier', ['show']);
    notifier.show.and.resolveTo();
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        { provide: AuthApi, useValue: authApi },
        { provide: Router, useValue: router },
        { provide: Notifier, useValue: notifier },
      ],
    });
  });

  const run = <T>(effect: () => Observable<T>): Observable<T> => TestBed.runInInjectionContext(effect);

  describe('restoreSession', () => {
    it('restores the session the server still knows', async () => {
      actions$ = of(AppActions.opened());
      authApi.restoreSession.and.returnValue(of({ session: therapist }));

      expect(await firstValueFrom(run(effects.restoreSession))).toEqual(
        AuthApiActions.sessionRestored({ sessionInfo: therapist }),
      );
    });

    it('reports no session when the server knows none', async () => {
      actions$ = of(AppActions.opened());
      authApi.restoreSession.and.returnValue(of({ session: null }));

      expect(await firstValueFrom(run(effects.restoreSession))).toEqual(AuthApiActions.sessionNotFound());
    });

    it('also reports no session when the server answers 401', async () => {
      actions$ = of(AppActions.opened());
      authApi.restoreSession.and.returnValue(throwError(() => new HttpErrorResponse({ status: 401 })));

      expect(await firstValueFrom(run(effects.restoreSession))).toEqual(AuthApiActions.sessionNotFound());
    });

    it('reports a failed check when the server cannot be reached', async () => {
      actions$ = of(AppActions.opened());
      authApi.restoreSession.and.returnValue(throwError(() => new HttpErrorResponse({ status: 0 })));

      const action = await firstValueFrom(run(effects.restoreSession));

      expect(action.type).toBe(AuthApiActions.sessionCheckFailed.type);
    });
  });

  describe('signIn', () => {
    let testScheduler: TestScheduler;

    beforeEach(() => {
      testScheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    });

    it('signs in with the submitted request', () => {
      testScheduler.run(({ hot, cold, expectObservable }) => {
        actions$ = hot('-a', { a: SignInPageActions.submitted({ request }) });
        authApi.signIn.and.returnValue(cold('--s|', { s: therapist }));

        expectObservable(run(effects.signIn)).toBe('---b', {
          b: AuthApiActions.signInSucceeded({ sessionInfo: therapist }),
        });
      });
      expect(authApi.signIn).toHaveBeenCalledOnceWith(request);
    });

    it('ignores a second submit while the first is in flight', () => {
      testScheduler.run(({ hot, cold, expectObservable }) => {
        actions$ = hot('-aa', { a: SignInPageActions.submitted({ request }) });
        authApi.signIn.and.returnValue(cold('---s|', { s: therapist }));

        expectObservable(run(effects.signIn)).toBe('----b', {
          b: AuthApiActions.signInSucceeded({ sessionInfo: therapist }),
        });
      });
      expect(authApi.signIn).toHaveBeenCalledTimes(1);
    });

    it('passes on the problem and the Retry-After wait', () => {
      const problem: ProblemDocument = {
        type: 'about:blank',
        title: 'Too many sign-in attempts',
        status: 429,
        detail: 'Too many failed sign-ins.',
      };
      const error = new HttpErrorResponse({
        status: 429,
        error: problem,
        headers: new HttpHeaders({ 'Retry-After': '240' }),
      });
      testScheduler.run(({ hot, cold, expectObservable }) => {
        actions$ = hot('-a', { a: SignInPageActions.submitted({ request }) });
        authApi.signIn.and.returnValue(cold('-#', undefined, error));

        expectObservable(run(effects.signIn)).toBe('--b', {
          b: AuthApiActions.signInFailed({ problem, retryAfterSeconds: 240 }),
        });
      });
    });
  });

  it('goes to the home route after signing in', async () => {
    actions$ = of(AuthApiActions.signInSucceeded({ sessionInfo: therapist }));

    await firstValueFrom(run(effects.goHomeAfterSignIn));

    expect(router.navigateByUrl).toHaveBeenCalledOnceWith('/');
  });

  it('signs out from the shell and then shows the sign-in page', async () => {
    actions$ = of(ShellActions.signOutClicked());
    authApi.signOut.and.returnValue(of(undefined));

    const action = await firstValueFrom(run(effects.signOut));
    expect(action).toEqual(AuthApiActions.signOutSucceeded());

    actions$ = of(action);
    await firstValueFrom(run(effects.goToSignInAfterSignOut));
    expect(router.navigateByUrl).toHaveBeenCalledOnceWith('/sign-in');
  });

  it('signs out from the idle warning too', async () => {
    actions$ = of(IdleWarningActions.signOutClicked());
    authApi.signOut.and.returnValue(throwError(() => new HttpErrorResponse({ status: 0 })));

    const action = await firstValueFrom(run(effects.signOut));

    expect(action.type).toBe(AuthApiActions.signOutFailed.type);
  });

  it('shows the sign-in page with the reason when the session ends', async () => {
    actions$ = of(SessionActions.ended());

    await firstValueFrom(run(effects.goToSignInWhenSessionEnds));

    expect(router.navigateByUrl).toHaveBeenCalledOnceWith('/sign-in?reason=expired');
  });

  it('refreshes the session when the user chooses to stay signed in', async () => {
    actions$ = of(IdleWarningActions.staySignedInClicked());
    authApi.refreshSession.and.returnValue(of(therapist));

    expect(await firstValueFrom(run(effects.refreshSession))).toEqual(
      AuthApiActions.sessionRefreshed({ sessionInfo: therapist }),
    );
  });

  it('changes the password and confirms it', async () => {
    const changeRequest = { currentPassword: 'temporary pass 1', newPassword: 'a long new passphrase' };
    actions$ = of(ChangePasswordPageActions.submitted({ request: changeRequest }));
    authApi.changePassword.and.returnValue(of(therapist));

    const action = await firstValueFrom(run(effects.changePassword));
    expect(action).toEqual(AuthApiActions.passwordChanged({ sessionInfo: therapist }));
    expect(authApi.changePassword).toHaveBeenCalledOnceWith(changeRequest);

    actions$ = of(action);
    await firstValueFrom(run(effects.confirmPasswordChanged));
    expect(notifier.show).toHaveBeenCalledOnceWith('Your password has been changed.');
  });

  it('passes on the field errors of a refused password change', async () => {
    const problem: ProblemDocument = {
      type: 'about:blank',
      title: 'Invalid request',
      status: 400,
      errors: [{ field: 'currentPassword', message: 'Current password is incorrect.' }],
    };
    actions$ = of(
      ChangePasswordPageActions.submitted({ request: { currentPassword: 'wrong', newPassword: 'a long new passphrase' } }),
    );
    authApi.changePassword.and.returnValue(throwError(() => new HttpErrorResponse({ status: 400, error: problem })));

    expect(await firstValueFrom(run(effects.changePassword))).toEqual(AuthApiActions.passwordChangeFailed({ problem }));
  });

  it('does nothing on actions it does not handle', () => {
    const subject = new Subject<Action>();
    actions$ = subject;
    const emitted: Action[] = [];
    run(effects.signIn).subscribe((action) => emitted.push(action));

    subject.next(SessionActions.ended());

    expect(emitted).toEqual([]);
    expect(authApi.signIn).not.toHaveBeenCalled();
  });
});
