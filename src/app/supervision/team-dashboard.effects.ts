import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, EMPTY, first, map, of, switchMap } from 'rxjs';
import { problemOf } from '../core/errors/problem-of';
import { TeamDashboardApi } from './team-dashboard-api';
import { TeamDashboardApiActions } from './team-dashboard-api.actions';
import { TeamDashboardPageActions } from './team-dashboard-page.actions';
import { teamDashboardFeature } from './team-dashboard.feature';
import { TherapistCaseloadPageActions } from './therapist-caseload-page.actions';
import { therapistCaseloadFeature } from './therapist-caseload.feature';

/** One request per change of filters; a newer change cancels the answer to an older one. */
export const loadDashboard = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(TeamDashboardApi)) => {
    return actions$.pipe(
      ofType(TeamDashboardPageActions.opened, TeamDashboardPageActions.filtersChanged, TeamDashboardPageActions.retryClicked),
      switchMap(() => store.select(teamDashboardFeature.selectQuery).pipe(first())),
      switchMap((query) =>
        query === null
          ? EMPTY
          : api.loadDashboard(query).pipe(
              map((dashboard) => TeamDashboardApiActions.dashboardLoaded({ query, dashboard })),
              catchError((error: unknown) =>
                of(TeamDashboardApiActions.dashboardLoadFailed({ query, problem: problemOf(error) })),
              ),
            ),
      ),
    );
  },
  { functional: true },
);

export const loadTherapistCaseload = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(TeamDashboardApi)) => {
    return actions$.pipe(
      ofType(
        TherapistCaseloadPageActions.opened,
        TherapistCaseloadPageActions.pageChanged,
        TherapistCaseloadPageActions.retryClicked,
      ),
      switchMap(() => store.select(therapistCaseloadFeature.selectTherapistCaseloadState).pipe(first())),
      switchMap(({ therapistId, page, pageSize }) =>
        therapistId === null
          ? EMPTY
          : api.loadTherapistCaseload(therapistId, page, pageSize).pipe(
              map((loaded) => TeamDashboardApiActions.caseloadLoaded({ therapistId, page: loaded })),
              catchError((error: unknown) =>
                of(TeamDashboardApiActions.caseloadLoadFailed({ therapistId, problem: problemOf(error) })),
              ),
            ),
      ),
    );
  },
  { functional: true },
);
