import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { TwoFactorPolicy, TwoFactorPolicyRequest } from '@domain/accounts/two-factor';
import type { Observable } from 'rxjs';
import { shownByCaller } from '../../shared/http/shown-by-caller';

const POLICY_URL = '/api/v1/two-factor-policy';

/** The clinic's two-factor requirement (administrators only). */
@Injectable({ providedIn: 'root' })
export class TwoFactorPolicyApi {
  private readonly http = inject(HttpClient);

  load(): Observable<TwoFactorPolicy> {
    return this.http.get<TwoFactorPolicy>(POLICY_URL);
  }

  /** Based on `request.version`; a stale version answers 409 with the policy as it is now. */
  save(request: TwoFactorPolicyRequest): Observable<TwoFactorPolicy> {
    return this.http.put<TwoFactorPolicy>(POLICY_URL, request, shownByCaller());
  }
}
