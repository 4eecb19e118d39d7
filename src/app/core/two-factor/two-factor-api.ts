import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { SessionInfo } from '@domain/accounts/session-info';
import type {
  EnrolmentConfirmed,
  RecoveryCodes,
  SecondFactorRequest,
  TwoFactorEnrolment,
  TwoFactorStatus,
} from '@domain/accounts/two-factor';
import type { Observable } from 'rxjs';
import { shownByCaller } from '../../shared/http/shown-by-caller';

const TWO_FACTOR_URL = '/api/v1/auth/two-factor';
/** The signed-in user's own second factor. */
@Injectable({ providedIn: 'root' })
export class TwoFactorApi {
  private readonly http = inject(HttpClient);

  status(): Observable<TwoFactorStatus> {
    return this.http.get<TwoFactorStatus>(TWO_FACTOR_URL, shownByCaller());
  }

  startEnrolment(): Observable<TwoFactorEnrolment> {
    return this.http.post<TwoFactorEnrolment>(`${TWO_FACTOR_URL}/enrolment`, null, shownByCaller());
  }

  confirmEnrolment(code: string): Observable<EnrolmentConfirmed> {
    return this.http.post<EnrolmentConfirmed>(`${TWO_FACTOR_URL}/enrolment/confirm`, { code }, shownByCaller());
  }

  /** The sign-in step after the password. */
  verify(request: SecondFactorRequest): Observable<SessionInfo> {
    return this.http.post<SessionInfo>(`${TWO_FACTOR_URL}/verify`, request, shownByCaller());
  }

  regenerateRecoveryCodes(code: string): Observable<RecoveryCodes> {
    return this.http.post<RecoveryCodes>(`${TWO_FACTOR_URL}/recovery-codes`, { code }, shownByCaller());
  }
}
