import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PROBLEM_SHOWN_BY_CALLER } from '../core/auth/problem-snackbar.interceptor';
import { TeamDashboardApi } from './team-dashboard-api';
import { caseloadRowWith, dashboardWith, OMAR, QUERY, SUPERVISOR_ID, TESS } from './testing/dashboard-fixtures';

describe('TeamDashboardApi', () => {
  let api: TeamDashboardApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(TeamDashboardApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('asks for the period alone when nothing else is chosen, showing its own problems', () => {
    let answer: unknown;
    api.loadDashboard(QUERY).subscribe((dashboard) => (answer = dashboard));

    const call = backend.expectOne({ method: 'GET', url: '/api/v1/team/dashboard?from=2026-09-01&to=2026-11-25' });
    expect(call.request.context.get(PROBLEM_SHOWN_BY_CALLER)).toBeTrue();
    call.flush(dashboardWith());
    expect(answer).toEqual(dashboardWith());
  });

  it('sends the team, therapist, concern and status when chosen', () => {
    api
      .loadDashboard({ ...QUERY, supervisorId: SUPERVISOR_ID, therapistId: OMAR, concern: 'grief', status: 'on-hold' })
      .subscribe();

    backend
      .expectOne({
        method: 'GET',
        url: `/api/v1/team/dashboard?from=2026-09-01&to=2026-11-25&supervisorId=${SUPERVISOR_ID}&therapistId=${OMAR}&concern=grief&status=on-hold`,
      })
      .flush(dashboardWith());
  });

  it('passes on a refused request', () => {
    let failure: unknown;
    api.loadDashboard({ ...QUERY, to: '2026-01-01' }).subscribe({ error: (error: unknown) => (failure = error) });

    backend
      .expectOne(() => true)
      .flush(
        { type: 'about:blank', title: 'Invalid request', status: 400, errors: [{ field: 'to', message: 'x' }] },
        { status: 400, statusText: 'Bad Request' },
      );
    expect(failure).toEqual(jasmine.objectContaining({ status: 400 }));
  });

  it('loads a page of one therapist’s clients by name', () => {
    let answer: unknown;
    const page = { items: [caseloadRowWith(1)], page: 2, pageSize: 25, total: 26 };
    api.loadTherapistCaseload(TESS, 2, 25).subscribe((loaded) => (answer = loaded));

    const call = backend.expectOne({
      method: 'GET',
      url: `/api/v1/clients?therapistId=${TESS}&page=2&pageSize=25&sort=preferredName&direction=asc`,
    });
    expect(call.request.context.get(PROBLEM_SHOWN_BY_CALLER)).toBeTrue();
    call.flush(page);
    expect(answer).toEqual(page);
  });
});
