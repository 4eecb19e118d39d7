import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { firstValueFrom, NEVER, of, Subject, throwError, toArray, type Observable } from 'rxjs';
import { DEFAULT_FILTERS } from './dashboard-filters';
import { TeamDashboardApi } from './team-dashboard-api';
import { TeamDashboardApiActions } from './team-dashboard-api.actions';
import { TeamDashboardPageActions } from './team-dashboard-page.actions';
import * as effects from './team-dashboard.effects';
import { initialTeamDashboardState } from './team-dashboard.feature';
import { TherapistCaseloadPageActions } from './therapist-caseload-page.actions';
import { initialTherapistCaseloadState } from './therapist-caseload.feature';
import { caseloadRowWith, dashboardWith, OMAR, QUERY, TESS } from './testing/dashboard-fixtures';

describe('team dashboard effects', () => {
  let actions$: Observable<Action>;
  let api: jasmine.SpyObj<TeamDashboardApi>;
  let store: MockStore;

  beforeEach(() => {
    api = jasmine.createSpyObj<TeamDashboardApi>('TeamDashboardApi', ['loadDashboard', 'loadTherapistCaseload']);
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        provideMockStore({
          initialState: {
            teamDashboard: { ...initialTeamDashboardState, query: QUERY },
            therapistCaseload: { ...initialTherapistCaseloadState, therapistId: TESS, page: 2 },
          },
        }),
        { provide: TeamDashboardApi, useValue: api },
      ],
    });
    store = TestBed.inject(MockStore);
  });

  const run = <T>(effect: () => Observable<T>): Observable<T> => TestBed.runInInjectionContext(effect);

  it('loads the dashboard for the query the page put in the store', async () => {
    actions$ = of(TeamDashboardPageActions.opened({ filters: DEFAULT_FILTERS, query: QUERY }));
    api.loadDashboard.and.returnValue(of(dashboardWith()));

    expect(await firstValueFrom(run(effects.loadDashboard))).toEqual(
      TeamDashboardApiActions.dashboardLoaded({ query: QUERY, dashboard: dashboardWith() }),
    );
    expect(api.loadDashboard).toHaveBeenCalledOnceWith(QUERY);
  });

  it('drops the request for filters the user has already changed', async () => {
    const later = { ...QUERY, therapistId: OMAR };
    const actions = new Subject<Action>();
    actions$ = actions;
    api.loadDashboard.and.callFake((query) => (query === QUERY ? NEVER : of(dashboardWith())));
    const answers = firstValueFrom(run(effects.loadDashboard));

    actions.next(TeamDashboardPageActions.opened({ filters: DEFAULT_FILTERS, query: QUERY }));
    store.setState({ teamDashboard: { ...initialTeamDashboardState, query: later } });
    actions.next(TeamDashboardPageActions.filtersChanged({ filters: { ...DEFAULT_FILTERS, therapistId: OMAR }, query: later }));

    expect(await answers).toEqual(TeamDashboardApiActions.dashboardLoaded({ query: later, dashboard: dashboardWith() }));
    expect(api.loadDashboard).toHaveBeenCalledTimes(2);
  });

  it('passes on the problem when the dashboard cannot be loaded', async () => {
    const problem: ProblemDocument = { type: 'about:blank', title: 'Forbidden', status: 403 };
    actions$ = of(TeamDashboardPageActions.retryClicked());
    api.loadDashboard.and.returnValue(throwError(() => new HttpErrorResponse({ status: 403, error: problem })));

    expect(await firstValueFrom(run(effects.loadDashboard))).toEqual(
      TeamDashboardApiActions.dashboardLoadFailed({ query: QUERY, problem }),
    );
  });

  it('asks for nothing before the page has a query', async () => {
    store.setState({ teamDashboard: initialTeamDashboardState });
    actions$ = of(TeamDashboardPageActions.retryClicked());

    expect(await firstValueFrom(run(effects.loadDashboard).pipe(toArray()))).toEqual([]);
    expect(api.loadDashboard).not.toHaveBeenCalled();
  });

  it('loads the therapist’s page the store asks for', async () => {
    const page = { items: [caseloadRowWith(1)], page: 2, pageSize: 25, total: 26 };
    actions$ = of(TherapistCaseloadPageActions.pageChanged({ page: 2, pageSize: 25 }));
    api.loadTherapistCaseload.and.returnValue(of(page));

    expect(await firstValueFrom(run(effects.loadTherapistCaseload))).toEqual(
      TeamDashboardApiActions.caseloadLoaded({ therapistId: TESS, page }),
    );
    expect(api.loadTherapistCaseload).toHaveBeenCalledOnceWith(TESS, 2, 25);
  });

  it('passes on the problem when the caseload cannot be loaded', async () => {
    actions$ = of(TherapistCaseloadPageActions.retryClicked());
    api.loadTherapistCaseload.and.returnValue(throwError(() => new HttpErrorResponse({ status: 0 })));

    const action = await firstValueFrom(run(effects.loadTherapistCaseload));
    expect(action.type).toBe(TeamDashboardApiActions.caseloadLoadFailed.type);
    expect(action).toEqual(jasmine.objectContaining({ therapistId: TESS, problem: jasmine.objectContaining({ title: 'No connection' }) }));
  });
});
