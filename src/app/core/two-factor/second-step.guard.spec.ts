import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, UrlTree, type GuardResult, type Route } from '@angular/router';
import type { SessionInfo } from '@domain/accounts/session-info';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { firstValueFrom, isObservable, type Observable } from 'rxjs';
import { authStateWith, sessionInfoFor, signedInState } from '../../../testing/auth-fixtures';
import { secondStepGuard } from './second-step.guard';

describe('secondStepGuard', () => {
  let store: MockStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideMockStore({ initialState: authStateWith({ status: 'signed-out' }) })],
    });
    store = TestBed.inject(MockStore);
  });

  function decide(page: 'code' | 'enrolment'): Promise<GuardResult> {
    const result = TestBed.runInInjectionContext(() => secondStepGuard(page)({} as Route, []));
    if (!isObservable(result)) {
      throw new Error('The guard should answer with an observable.');
    }
    return firstValueFrom(result as Observable<GuardResult>);
  }

  const url = (result: GuardResult) => (result instanceof UrlTree ? TestBed.inject(Router).serializeUrl(result) : result);

  function owing(pendingStep: SessionInfo['session']['pendingStep']): void {
    const info = sessionInfoFor('therapist');
    store.setState(signedInState({ ...info, session: { ...info.session, pendingStep } }));
  }

  it('sends a signed-out visitor to sign in', async () => {
    expect(url(await decide('code'))).toBe('/sign-in');
    expect(url(await decide('enrolment'))).toBe('/sign-in');
  });

  it('keeps a user who owes a code on the code prompt', async () => {
    owing('second-factor');
    expect(await decide('code')).toBeTrue();
    expect(url(await decide('enrolment'))).toBe('/two-factor');
  });

  it('keeps a user who must enrol on the enrolment page', async () => {
    owing('enrolment');
    expect(await decide('enrolment')).toBeTrue();
    expect(url(await decide('code'))).toBe('/two-factor/set-up');
  });

  it('lets a fully signed-in user set up two-factor sign-in by choice, but not reach the code prompt', async () => {
    owing(null);
    expect(await decide('enrolment')).toBeTrue();
    expect(url(await decide('code'))).toBe('/');
  });
});
