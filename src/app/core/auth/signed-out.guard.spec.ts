import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, UrlTree, type GuardResult, type Route } from '@angular/router';
import { provideMockStore } from '@ngrx/store/testing';
import { firstValueFrom, type Observable } from 'rxjs';
import { authStateWith, sessionInfoFor, signedInState } from '../../../testing/auth-fixtures';
import { signedOutGuard } from './signed-out.guard';

describe('signedOutGuard', () => {
  function decisionFor(state: object): Promise<GuardResult> {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideMockStore({ initialState: state })] });
    return firstValueFrom(TestBed.runInInjectionContext(() => signedOutGuard({} as Route, [])) as Observable<GuardResult>);
  }

  it('shows the sign-in page to a signed-out visitor', async () => {
    expect(await decisionFor(authStateWith({ status: 'signed-out' }))).toBeTrue();
  });

  it('sends a signed-in user to their home page', async () => {
    const result = await decisionFor(signedInState(sessionInfoFor('supervisor')));

    expect(result instanceof UrlTree ? TestBed.inject(Router).serializeUrl(result) : result).toBe('/');
  });
});
