import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PROBLEM_SHOWN_BY_CALLER } from '../../core/auth/problem-snackbar.interceptor';
import { accountWith, SUPERVISORS } from '../testing/admin-fixtures';
import { AccountsApi } from './accounts-api';
import { DEFAULT_ACCOUNTS_QUERY } from './accounts.feature';

describe('AccountsApi', () => {
  let accountsApi: AccountsApi;
  let backend: HttpTestingController;
  const tess = accountWith();

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    accountsApi = TestBed.inject(AccountsApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('lists a page of accounts with a POST to /users/search, the query in the body and nothing in the URL', () => {
    let answer: unknown;
    accountsApi.list({ ...DEFAULT_ACCOUNTS_QUERY, page: 2, role: 'therapist', active: 'false' }).subscribe((page) => (answer = page));

    const call = backend.expectOne({ method: 'POST', url: '/api/v1/users/search' });
    expect(call.request.urlWithParams).toBe('/api/v1/users/search');
    expect(call.request.body).toEqual({ page: 2, pageSize: 25, role: 'therapist', active: 'false', search: '' });
    expect(call.request.context.get(PROBLEM_SHOWN_BY_CALLER)).toBeTrue();
    call.flush({ items: [tess], page: 2, pageSize: 25, total: 26 });
    expect(answer).toEqual({ items: [tess], page: 2, pageSize: 25, total: 26 });
  });

  it('sends the trimmed search text in the body, never in the URL', () => {
    accountsApi.list({ ...DEFAULT_ACCOUNTS_QUERY, search: '  Tess ' }).subscribe();

    const call = backend.expectOne({ method: 'POST', url: '/api/v1/users/search' });
    expect(call.request.urlWithParams).not.toContain('Tess');
    expect(call.request.params.keys()).toEqual([]);
    expect(call.request.body.search).toBe('Tess');
    call.flush({ items: [], page: 1, pageSize: 25, total: 0 });
  });

  it('lists the active supervisors for the team picker', () => {
    let answer: unknown;
    accountsApi.activeSupervisors().subscribe((supervisors) => (answer = supervisors));

    const call = backend.expectOne({ method: 'POST', url: '/api/v1/users/search' });
    expect(call.request.body).toEqual({ page: 1, pageSize: 100, role: 'supervisor', active: 'true', search: '' });
    call.flush({ items: SUPERVISORS, page: 1, pageSize: 100, total: 2 });
    expect(answer).toEqual(SUPERVISORS);
  });

  it('lists everyone, active or not, for the audit filter', () => {
    accountsApi.everyone().subscribe();

    const call = backend.expectOne({ method: 'POST', url: '/api/v1/users/search' });
    expect(call.request.body).toEqual({ page: 1, pageSize: 100, role: 'all', active: 'all', search: '' });
    call.flush({ items: [], page: 1, pageSize: 100, total: 0 });
  });

  it('creates an account and answers it with the temporary password', () => {
    const request = { name: 'Tess Therapist', email: 'tess@clinic.example', role: 'therapist' as const, supervisorId: tess.supervisorId };
    let answer: unknown;
    accountsApi.create(request).subscribe((created) => (answer = created));

    const call = backend.expectOne({ method: 'POST', url: '/api/v1/users' });
    expect(call.request.body).toEqual(request);
    expect(call.request.context.get(PROBLEM_SHOWN_BY_CALLER)).toBeTrue();
    call.flush({ ...tess, temporaryPassword: 'temp-once-123' }, { status: 201, statusText: 'Created' });
    expect(answer).toEqual({ ...tess, temporaryPassword: 'temp-once-123' });
  });

  it('updates an account with the version it is based on', () => {
    const request = { name: 'Tess', role: 'therapist' as const, supervisorId: tess.supervisorId, active: false, version: 2 };
    accountsApi.update(tess.id, request).subscribe();

    const call = backend.expectOne({ method: 'PUT', url: `/api/v1/users/${tess.id}` });
    expect(call.request.body).toEqual(request);
    expect(call.request.context.get(PROBLEM_SHOWN_BY_CALLER)).toBeTrue();
    call.flush(tess);
  });

  it('resets a password', () => {
    let answer: unknown;
    accountsApi.resetPassword(tess.id).subscribe((result) => (answer = result));

    backend.expectOne({ method: 'POST', url: `/api/v1/users/${tess.id}/password-reset` }).flush({ temporaryPassword: 'temp-once-456' });
    expect(answer).toEqual({ temporaryPassword: 'temp-once-456' });
  });
});
