import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PROBLEM_SHOWN_BY_CALLER } from '../../core/auth/problem-snackbar.interceptor';
import { auditEventWith, THERAPIST_ID } from '../testing/admin-fixtures';
import { AuditApi } from './audit-api';
import { DEFAULT_AUDIT_QUERY } from './audit.feature';

describe('AuditApi', () => {
  let auditApi: AuditApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    auditApi = TestBed.inject(AuditApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('asks for a page with only the filters that are set', () => {
    let answer: unknown;
    auditApi.list(DEFAULT_AUDIT_QUERY).subscribe((page) => (answer = page));

    const call = backend.expectOne(({ url }) => url === '/api/v1/audit-events');
    expect(call.request.method).toBe('GET');
    expect(call.request.params.toString()).toBe('page=1&pageSize=25&outcome=all');
    expect(call.request.context.get(PROBLEM_SHOWN_BY_CALLER)).toBeTrue();
    const page = { items: [auditEventWith()], page: 1, pageSize: 25, total: 1 };
    call.flush(page);
    expect(answer).toEqual(page);
  });

  it('sends every filter that is set', () => {
    auditApi
      .list({
        page: 3,
        pageSize: 50,
        userId: THERAPIST_ID,
        action: 'sign-in',
        recordType: 'user',
        outcome: 'failure',
        from: '2026-11-01',
        to: '2026-11-25',
      })
      .subscribe();

    const call = backend.expectOne(({ url }) => url === '/api/v1/audit-events');
    expect(call.request.params.toString()).toBe(
      `page=3&pageSize=50&outcome=failure&userId=${THERAPIST_ID}&action=sign-in&recordType=user&from=2026-11-01&to=2026-11-25`,
    );
    call.flush({ items: [], page: 3, pageSize: 50, total: 0 });
  });
});
