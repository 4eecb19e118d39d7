import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Account, PasswordResetResult } from '@domain/accounts/account';
import type { AccountListQuery, CreateAccountRequest, UpdateAccountRequest } from '@domain/accounts/account-requests';
import type { Page } from '@domain/common/page';
import { map, type Observable } from 'rxjs';
import { shownByCaller } from '../../shared/http/shown-by-caller';

const USERS_URL = '/api/v1/users';

/** Pickers list at most one page of the largest size the server allows. */
const PICKER_PAGE_SIZE = 100;

/** The account endpoints (administrators only); the only place in the admin area that talks HTTP about accounts. */
@Injectable({ providedIn: 'root' })
export class AccountsApi {
  private readonly http = inject(HttpClient);

  /** A POST to …/search although it is a read: a typed name or email must stay out of the URL. */
  list(query: AccountListQuery): Observable<Page<Account>> {
    const body: AccountListQuery = { ...query, search: query.search.trim() };
    return this.http.post<Page<Account>>(`${USERS_URL}/search`, body, shownByCaller());
  }

  /** Supervisors a therapist may be placed with. */
  activeSupervisors(): Observable<readonly Account[]> {
    return this.list({ page: 1, pageSize: PICKER_PAGE_SIZE, role: 'supervisor', active: 'true', search: '' }).pipe(
      map(({ items }) => items),
    );
  }

  /** Everyone, active or not, by name: for the audit trail's user filter. */
  everyone(): Observable<readonly Account[]> {
    return this.list({ page: 1, pageSize: PICKER_PAGE_SIZE, role: 'all', active: 'all', search: '' }).pipe(
      map(({ items }) => items),
    );
  }

  create(request: CreateAccountRequest): Observable<Account & PasswordResetResult> {
    return this.http.post<Account & PasswordResetResult>(USERS_URL, request, shownByCaller());
  }

  /** Based on `request.version`; a stale version answers 409 with the account as it is now. */
  update(id: string, request: UpdateAccountRequest): Observable<Account> {
    return this.http.put<Account>(`${USERS_URL}/${encodeURIComponent(id)}`, request, shownByCaller());
  }

  /** Removes the user's authenticator and recovery codes; they set it up again at next sign-in. */
  resetTwoFactor(id: string): Observable<void> {
    return this.http.post<void>(`${USERS_URL}/${encodeURIComponent(id)}/two-factor-reset`, null, shownByCaller());
  }

  resetPassword(id: string): Observable<PasswordResetResult> {
    return this.http.post<PasswordResetResult>(`${USERS_URL}/${encodeURIComponent(id)}/password-reset`, null, shownByCaller());
  }
}
