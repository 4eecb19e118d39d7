import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PROBLEM_SHOWN_BY_CALLER } from '../../core/auth/problem-snackbar.interceptor';
import { assignmentWith, OTHER_THERAPIST_ID, THERAPISTS } from '../testing/admin-fixtures';
import { AssignmentsApi } from './assignments-api';
import { DEFAULT_ASSIGNMENTS_QUERY } from './assignments.feature';

describe('AssignmentsApi', () => {
  let assignmentsApi: AssignmentsApi;
  let backend: HttpTestingController;
  const robin = assignmentWith();

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    assignmentsApi = TestBed.inject(AssignmentsApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('lists clients by preferred name with a POST to /clients/search, the filters in the body', () => {
    let answer: unknown;
    assignmentsApi.list(DEFAULT_ASSIGNMENTS_QUERY).subscribe((page) => (answer = page));

    const call = backend.expectOne({ method: 'POST', url: '/api/v1/clients/search' });
    expect(call.request.urlWithParams).toBe('/api/v1/clients/search');
    expect(call.request.body).toEqual({ page: 1, pageSize: 25, sort: 'preferredName', direction: 'asc', status: 'all', search: '' });
    expect(call.request.context.get(PROBLEM_SHOWN_BY_CALLER)).toBeTrue();
    call.flush({ items: [robin], page: 1, pageSize: 25, total: 1 });
    expect(answer).toEqual({ items: [robin], page: 1, pageSize: 25, total: 1 });
  });

  it('sends the search text and the therapist in the body, never in the URL', () => {
    assignmentsApi.list({ ...DEFAULT_ASSIGNMENTS_QUERY, search: ' Robin ', therapistId: OTHER_THERAPIST_ID, status: 'on-hold' }).subscribe();

    const call = backend.expectOne({ method: 'POST', url: '/api/v1/clients/search' });
    expect(call.request.urlWithParams).not.toContain('Robin');
    expect(call.request.body).toEqual(jasmine.objectContaining({ search: 'Robin', therapistId: OTHER_THERAPIST_ID, status: 'on-hold' }));
    call.flush({ items: [], page: 1, pageSize: 25, total: 0 });
  });

  it('lists the therapists one may assign to', () => {
    let answer: unknown;
    assignmentsApi.therapists().subscribe((therapists) => (answer = therapists));

    backend.expectOne({ method: 'GET', url: '/api/v1/therapists' }).flush({ items: THERAPISTS });
    expect(answer).toEqual(THERAPISTS);
  });

  it('reassigns a client with the version', () => {
    const request = { therapistId: OTHER_THERAPIST_ID, version: robin.version };
    assignmentsApi.reassign(robin.id, request).subscribe();

    const call = backend.expectOne({ method: 'PUT', url: `/api/v1/clients/${robin.id}/assignment` });
    expect(call.request.body).toEqual(request);
    expect(call.request.context.get(PROBLEM_SHOWN_BY_CALLER)).toBeTrue();
    call.flush(robin);
  });
});
