import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { PROBLEM_SHOWN_BY_CALLER } from '../core/auth/problem-snackbar.interceptor';
import { ClientsApi } from './clients-api';
import { DEFAULT_CASELOAD_QUERY } from './clients.feature';
import { clientWith, HISTORY, rowWith, THERAPISTS } from './testing/clients-fixtures';

describe('ClientsApi', () => {
  let api: ClientsApi;
  let http: HttpTestingController;
  const client = clientWith();

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(ClientsApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks for one page of the caseload with a POST to /clients/search, the whole query in the body and nothing in the URL', async () => {
    const page = { items: [rowWith(1)], page: 1, pageSize: 25, total: 1 };
    const answer = firstValueFrom(api.loadCaseload(DEFAULT_CASELOAD_QUERY));

    const request = http.expectOne({ method: 'POST', url: '/api/v1/clients/search' });
    expect(request.request.urlWithParams).toBe('/api/v1/clients/search');
    expect(request.request.body).toEqual({
      page: 1,
      pageSize: 25,
      sort: 'preferredName',
      direction: 'asc',
      status: 'active',
      concern: 'all',
      search: '',
      flag: 'all',
    });
    expect(request.request.context.get(PROBLEM_SHOWN_BY_CALLER)).toBeTrue();
    request.flush(page);
    expect(await answer).toEqual(page);
  });

  it('sends the trimmed search and the therapist in the body, never in the URL', () => {
    void firstValueFrom(
      api.loadCaseload({ ...DEFAULT_CASELOAD_QUERY, search: '  robin ', therapistId: THERAPISTS[0].id, status: 'all' }),
    );

    const request = http.expectOne({ method: 'POST', url: '/api/v1/clients/search' });
    expect(request.request.urlWithParams).not.toContain('robin');
    expect(request.request.params.keys()).toEqual([]);
    expect(request.request.body).toEqual(jasmine.objectContaining({ search: 'robin', therapistId: THERAPISTS[0].id, status: 'all' }));
    request.flush({ items: [], page: 1, pageSize: 25, total: 0 });
  });

  it('narrows to one measure flag, and sorts by flag severity, when asked', () => {
    void firstValueFrom(api.loadCaseload({ ...DEFAULT_CASELOAD_QUERY, flag: 'decline', sort: 'flags', direction: 'desc' }));

    const request = http.expectOne({ method: 'POST', url: '/api/v1/clients/search' });
    expect(request.request.body).toEqual(jasmine.objectContaining({ flag: 'decline', sort: 'flags', direction: 'desc' }));
    request.flush({ items: [], page: 1, pageSize: 25, total: 0 });
  });

  it('reads a client, its history and the assignable therapists', async () => {
    const loaded = firstValueFrom(api.loadClient(client.id));
    http.expectOne(`/api/v1/clients/${client.id}`).flush(client);
    expect(await loaded).toEqual(client);

    const history = firstValueFrom(api.loadHistory(client.id));
    http.expectOne(`/api/v1/clients/${client.id}/history`).flush({ items: HISTORY });
    expect(await history).toEqual(HISTORY);

    const therapists = firstValueFrom(api.loadTherapists());
    http.expectOne('/api/v1/therapists').flush({ items: THERAPISTS });
    expect(await therapists).toEqual(THERAPISTS);
  });

  it('creates a client', () => {
    const { preferredName, legalName, dateOfBirth, caseNumber, pronouns, treatmentStart, familyConsent } = client;
    const body = { preferredName, legalName, dateOfBirth, caseNumber, pronouns, treatmentStart, familyConsent, primaryConcerns: [] };
    void firstValueFrom(api.createClient({ ...body, primaryConcerns: ['grief'] }));

    const request = http.expectOne('/api/v1/clients');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ ...body, primaryConcerns: ['grief'] });
    request.flush(client);
  });

  it('sends each kind of edit to its endpoint with the base version', () => {
    const { preferredName, legalName, dateOfBirth, caseNumber, pronouns, treatmentStart, familyConsent } = client;
    const fields = { preferredName, legalName, dateOfBirth, caseNumber, pronouns, treatmentStart, familyConsent, primaryConcerns: [] };
    void firstValueFrom(api.saveEdit(client, { kind: 'update', fields }));
    void firstValueFrom(
      api.saveEdit(client, { kind: 'status', status: 'discharged', dischargedOn: '2026-11-01', dischargeReason: 'Goals met' }),
    );
    void firstValueFrom(api.saveEdit(client, { kind: 'reassign', therapistId: THERAPISTS[1].id, therapistName: 'Theo' }));

    const update = http.expectOne({ method: 'PUT', url: `/api/v1/clients/${client.id}` });
    expect(update.request.body).toEqual({ ...fields, version: 3 });
    const status = http.expectOne({ method: 'POST', url: `/api/v1/clients/${client.id}/status` });
    expect(status.request.body).toEqual({ status: 'discharged', dischargedOn: '2026-11-01', dischargeReason: 'Goals met', version: 3 });
    const assignment = http.expectOne({ method: 'PUT', url: `/api/v1/clients/${client.id}/assignment` });
    expect(assignment.request.body).toEqual({ therapistId: THERAPISTS[1].id, version: 3 });
    expect(assignment.request.context.get(PROBLEM_SHOWN_BY_CALLER)).toBeTrue();
    [update, status, assignment].forEach((request) => request.flush(client));
  });
});
