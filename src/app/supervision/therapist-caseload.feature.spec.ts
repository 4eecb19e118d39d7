import type { ProblemDocument } from '@domain/problem/problem-document';
import { DEFAULT_FILTERS } from './dashboard-filters';
import { TeamDashboardApiActions } from './team-dashboard-api.actions';
import { initialTeamDashboardState } from './team-dashboard.feature';
import { TherapistCaseloadPageActions } from './therapist-caseload-page.actions';
import {
  initialTherapistCaseloadState,
  therapistCaseloadAdapter,
  therapistCaseloadFeature,
  type TherapistCaseloadState,
} from './therapist-caseload.feature';
import { caseloadRowWith, dashboardWith, OMAR, TESS } from './testing/dashboard-fixtures';

const { reducer } = therapistCaseloadFeature;
const problem: ProblemDocument = { type: 'about:blank', title: 'Forbidden', status: 403 };

describe('therapist caseload reducer', () => {
  const opened = reducer(initialTherapistCaseloadState, TherapistCaseloadPageActions.opened({ therapistId: TESS }));
  const rows = [caseloadRowWith(1), caseloadRowWith(2)];
  const loaded = reducer(
    opened,
    TeamDashboardApiActions.caseloadLoaded({ therapistId: TESS, page: { items: rows, page: 1, pageSize: 25, total: 30 } }),
  );

  it('starts loading the therapist’s first page', () => {
    expect(opened).toEqual({ ...initialTherapistCaseloadState, therapistId: TESS, status: 'loading' });
  });

  it('keeps the page of rows in the server’s order, with the total', () => {
    expect(loaded).toEqual(therapistCaseloadAdapter.setAll(rows, { ...opened, total: 30, status: 'loaded' as const }));
    expect(therapistCaseloadFeature.selectRows({ therapistCaseload: loaded })).toEqual(rows);
  });

  it('asks for another page, and keeps it when the same therapist is opened again', () => {
    const paged = reducer(loaded, TherapistCaseloadPageActions.pageChanged({ page: 2, pageSize: 25 }));

    expect(paged).toEqual({ ...loaded, page: 2, status: 'loading' });
    expect(reducer(paged, TherapistCaseloadPageActions.opened({ therapistId: TESS })).page).toBe(2);
    expect(reducer(paged, TherapistCaseloadPageActions.opened({ therapistId: OMAR }))).toEqual({
      ...initialTherapistCaseloadState,
      therapistId: OMAR,
      status: 'loading',
    });
  });

  it('records a failure, and ignores answers about another therapist', () => {
    expect(reducer(opened, TeamDashboardApiActions.caseloadLoadFailed({ therapistId: TESS, problem }))).toEqual({
      ...opened,
      status: 'failed',
      error: problem,
    });
    expect(reducer(opened, TeamDashboardApiActions.caseloadLoadFailed({ therapistId: OMAR, problem }))).toEqual(opened);
  });
});

describe('therapist caseload view model', () => {
  const state = (caseload: Partial<TherapistCaseloadState>, withDashboard: boolean) => ({
    therapistCaseload: { ...initialTherapistCaseloadState, therapistId: OMAR, ...caseload },
    teamDashboard: { ...initialTeamDashboardState, filters: { ...DEFAULT_FILTERS, period: '12m' as const }, data: withDashboard ? dashboardWith() : null },
  });

  it('names the therapist from the dashboard, or else from the rows', () => {
    expect(therapistCaseloadFeature.selectViewModel(state({}, true)).therapistName).toBe('Omar Okafor');
    const row = caseloadRowWith(1, { therapistId: OMAR, therapistName: 'Omar O.' });
    expect(
      therapistCaseloadFeature.selectViewModel(state(therapistCaseloadAdapter.setAll([row], initialTherapistCaseloadState), false))
        .therapistName,
    ).toBe('Omar O.');
    expect(therapistCaseloadFeature.selectViewModel(state({}, false)).therapistName).toBeNull();
  });

  it('returns to the dashboard’s filters, and calls a loaded caseload without clients empty', () => {
    const viewModel = therapistCaseloadFeature.selectViewModel(state({ status: 'loaded', total: 0 }, true));

    expect(viewModel.dashboardFilters.period).toBe('12m');
    expect(viewModel.empty).toBeTrue();
    expect(viewModel.loading).toBeFalse();
  });
});
