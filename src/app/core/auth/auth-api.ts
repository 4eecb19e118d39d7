import { HttpClient, HttpContext } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ChangePasswordRequest } from '@domain/accounts/password-policy';
import type { SessionInfo, SessionProbe } from '@domain/accounts/session-info';
import type { SignInRequest } from '@domain/accounts/sign-in-request';
import type { Observable } from 'rxjs';
import { shownByCaller } from '../../shared/http/shown-by-caller';
import { END_SESSION_ON_UNAUTHORIZED } from './unauthorized.interceptor';

const AUTH_URL = '/api/v1/auth';

/** The auth endpoints. URLs stay relative so Angular's XSRF support adds the `X-XSRF-TOKEN` header. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  /** Failures are shown on the sign-in page; a 401 is a wrong password, not an ended session. */
  signIn(request: SignInRequest): Observable<SessionInfo> {
    return this.http.post<SessionInfo>(`${AUTH_URL}/sign-in`, request, {
      ...shownByCaller(new HttpContext().set(END_SESSION_ON_UNAUTHORIZED, false)),
    });
  }

  /**
   * Start-up check: answers 200 with `session: null` when nobody is signed in, so a signed-out
   * visitor's console shows no failed request. A 401 would still only mean "not signed in".
   */
  restoreSession(): Observable<SessionProbe> {
    return this.http.get<SessionProbe>(`${AUTH_URL}/session`, {
      context: new HttpContext().set(END_SESSION_ON_UNAUTHORIZED, false),
    });
  }

  /** Also restarts the server's idle clock ("Stay signed in"). */
  refreshSession(): Observable<SessionInfo> {
    return this.http.get<SessionInfo>(`${AUTH_URL}/me`);
  }

  signOut(): Observable<void> {
    return this.http.post<void>(`${AUTH_URL}/sign-out`, null);
  }

  /** Field errors and other failures are shown on the change-password page. */
  changePassword(request: ChangePasswordRequest): Observable<SessionInfo> {
    return this.http.post<SessionInfo>(`${AUTH_URL}/change-password`, request, {
      ...shownByCaller(),
    });
  }
}
