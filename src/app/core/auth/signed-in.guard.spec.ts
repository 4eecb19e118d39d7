import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, UrlSegment, UrlTree, type GuardResult, type Route } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { firstValueFrom, isObservable, type Observable } from 'rxjs';
import { authStateWith, sessionInfoFor, signedInState } from '../../../testing/auth-fixtures';
import { signedInGuard } from './signed-in.guard';

describe('signedInGuard', () => {
  let store: MockStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideMockStore({ initialState: authStateWith({ status: 'checking' }) })],
    });
    store = TestBed.inject(MockStore);
  });

  function check(path: string): Observable<GuardResult> {
    const segments = path.split('/').map((part) => new UrlSegment(part, {}));
    const result = TestBed.runInInjectionContext(() => signedInGuard({} as Route, segments));
    if (!isObservable(result)) {
      throw new Error('The guard should answer with an observable.');
    }
    return result as Observable<GuardResult>;
  }

  const url = (result: GuardResult) => (result instanceof UrlTree ? TestBed.inject(Router).serializeUrl(result) : result);

  it('waits for the session check before deciding', async () => {
    let decided = false;
    const decision = firstValueFrom(check('caseload')).then((result) => {
      decided = true;
      return result;
    });
    await Promise.resolve();
    expect(decided).toBeFalse();

    store.setState(signedInState(sessionInfoFor('therapist')));

    expect(await decision).toBeTrue();
  });

  it('sends a signed-out visitor to the sign-in page', async () => {
    store.setState(authStateWith({ status: 'signed-out' }));

    expect(url(await firstValueFrom(check('caseload')))).toBe('/sign-in');
  });

  it('sends a user who must change the password to the change-password page', async () => {
    store.setState(signedInState(sessionInfoFor('therapist', { mustChangePassword: true })));

    expect(url(await firstValueFrom(check('caseload')))).toBe('/change-password');
    expect(await firstValueFrom(check('change-password'))).toBeTrue();
  });

  it('sends a user who still owes the second sign-in step to it, before anything else', async () => {
    const owesCode = sessionInfoFor('therapist', { mustChangePassword: true });
    store.setState(signedInState({ ...owesCode, session: { ...owesCode.session, pendingStep: 'second-factor' } }));
    expect(url(await firstValueFrom(check('caseload')))).toBe('/two-factor');
    expect(url(await firstValueFrom(check('change-password')))).toBe('/two-factor');

    const owesEnrolment = sessionInfoFor('therapist');
    store.setState(signedInState({ ...owesEnrolment, session: { ...owesEnrolment.session, pendingStep: 'enrolment' } }));
    expect(url(await firstValueFrom(check('caseload')))).toBe('/two-factor/set-up');
  });
});
