import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { sessionInfoFor } from '../../../testing/auth-fixtures';
import { AuthApi } from './auth-api';
import { PROBLEM_SHOWN_BY_CALLER } from './problem-snackbar.interceptor';
import { END_SESSION_ON_UNAUTHORIZED } from './unauthorized.interceptor';

describe('AuthApi', () => {
  let authApi: AuthApi;
  let backend: HttpTestingController;
  const therapist = sessionInfoFor('therapist');

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    authApi = TestBed.inject(AuthApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('signs in with a relative URL, showing its own problems and not ending any session on 401', () => {
    const request = { email: 'therapist@clinic.example', password: 'correct horse' };
    let answer: unknown;
    authApi.signIn(request).subscribe((sessionInfo) => (answer = sessionInfo));

    const call = backend.expectOne({ method: 'POST', url: '/api/v1/auth/sign-in' });
    expect(call.request.body).toEqual(request);
    expect(call.request.context.get(PROBLEM_SHOWN_BY_CALLER)).toBeTrue();
    expect(call.request.context.get(END_SESSION_ON_UNAUTHORIZED)).toBeFalse();
    call.flush(therapist);
    expect(answer).toEqual(therapist);
  });

  it('probes the session at start-up without treating a 401 as an ended session', () => {
    let answer: unknown;
    authApi.restoreSession().subscribe((probe) => (answer = probe));

    const call = backend.expectOne({ method: 'GET', url: '/api/v1/auth/session' });
    expect(call.request.context.get(END_SESSION_ON_UNAUTHORIZED)).toBeFalse();
    call.flush({ session: null });
    expect(answer).toEqual({ session: null });
  });

  it('refreshes the session with the same endpoint, where a 401 does end the session', () => {
    authApi.refreshSession().subscribe();

    expect(backend.expectOne({ method: 'GET', url: '/api/v1/auth/me' }).request.context.get(END_SESSION_ON_UNAUTHORIZED)).toBeTrue();
  });

  it('signs out and changes the password', () => {
    authApi.signOut().subscribe();
    backend.expectOne({ method: 'POST', url: '/api/v1/auth/sign-out' }).flush(null, { status: 204, statusText: 'No Content' });

    const request = { currentPassword: 'temporary pass 1', newPassword: 'river lantern orchard' };
    authApi.changePassword(request).subscribe();
    const call = backend.expectOne({ method: 'POST', url: '/api/v1/auth/change-password' });
    expect(call.request.body).toEqual(request);
    expect(call.request.context.get(PROBLEM_SHOWN_BY_CALLER)).toBeTrue();
  });
});
