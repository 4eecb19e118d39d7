import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { firstValueFrom, of, throwError, type Observable } from 'rxjs';
import { sessionInfoFor } from '../../../testing/auth-fixtures';
import { TEN_RECOVERY_CODES } from '../../../testing/two-factor-fixtures';
import { EnrolmentPageActions } from './enrolment-page.actions';
import { TwoFactorApi } from './two-factor-api';
import { TwoFactorApiActions } from './two-factor-api.actions';
import { TwoFactorCodePageActions } from './two-factor-code-page.actions';
import * as effects from './two-factor.effects';

describe('two-factor effects', () => {
  let actions$: Observable<Action>;
  let api: jasmine.SpyObj<TwoFactorApi>;
  let router: jasmine.SpyObj<Router>;

  beforeEach(() => {
    api = jasmine.createSpyObj<TwoFactorApi>('TwoFactorApi', ['status', 'startEnrolment', 'confirmEnrolment', 'verify', 'regenerateRecoveryCodes']);
    router = jasmine.createSpyObj<Router>('Router', ['navigateByUrl']);
    router.navigateByUrl.and.resolveTo(true);
    TestBed.configureTestingModule({
      providers: [provideMockActions(() => actions$), { provide: TwoFactorApi, useValue: api }, { provide: Router, useValue: router }],
    });
  });

  const run = <T>(effect: () => Observable<T>) => TestBed.runInInjectionContext(effect);

  it('verifies a code and answers the signed-in session', async () => {
    const signedIn = sessionInfoFor('therapist');
    api.verify.and.returnValue(of(signedIn));
    actions$ = of(TwoFactorCodePageActions.submitted({ request: { code: '123456' } }));
    expect(await firstValueFrom(run(effects.verifyCode))).toEqual(TwoFactorApiActions.codeAccepted({ sessionInfo: signedIn }));
    expect(api.verify).toHaveBeenCalledOnceWith({ code: '123456' });
  });

  it('passes the wait on when codes are paused', async () => {
    const paused = new HttpErrorResponse({
      status: 429,
      headers: new HttpHeaders({ 'Retry-After': '120' }),
      error: { type: '/api/v1/problems/429', title: 'Too many attempts', status: 429, detail: 'Too many wrong codes.' },
    });
    api.verify.and.returnValue(throwError(() => paused));
    actions$ = of(TwoFactorCodePageActions.submitted({ request: { recoveryCode: 'ABCDEFGH23' } }));
    const action = (await firstValueFrom(run(effects.verifyCode))) as ReturnType<typeof TwoFactorApiActions.codeRefused>;
    expect(action.type).toBe(TwoFactorApiActions.codeRefused.type);
    expect(action.retryAfterSeconds).toBe(120);
    expect(action.problem.status).toBe(429);
  });

  it('confirms enrolment with the codes and the session', async () => {
    const signedIn = sessionInfoFor('therapist');
    api.confirmEnrolment.and.returnValue(of({ recoveryCodes: TEN_RECOVERY_CODES, sessionInfo: signedIn }));
    actions$ = of(EnrolmentPageActions.codeSubmitted({ code: '654321' }));
    expect(await firstValueFrom(run(effects.confirmEnrolment))).toEqual(
      TwoFactorApiActions.enrolmentConfirmed({ recoveryCodes: TEN_RECOVERY_CODES, sessionInfo: signedIn }),
    );
  });

  it('goes home once the code is accepted or the codes are saved', async () => {
    actions$ = of(TwoFactorApiActions.codeAccepted({ sessionInfo: sessionInfoFor('therapist') }), EnrolmentPageActions.codesSavedClicked());
    const navigations: unknown[] = [];
    run(effects.goHomeWhenSignedIn).subscribe((action) => navigations.push(action));
    expect(router.navigateByUrl.calls.allArgs()).toEqual([['/'], ['/']]);
    expect(navigations.length).toBe(2);
  });
});
