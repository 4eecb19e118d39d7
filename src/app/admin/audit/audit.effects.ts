import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, first, map, of, switchMap } from 'rxjs';
import { problemOf } from '../../core/errors/problem-of';
import { AccountsApi } from '../accounts/accounts-api';
import { AuditApi } from './audit-api';
import { AuditApiActions } from './audit-api.actions';
import { AuditTrailPageActions } from './audit-trail-page.actions';
import { auditFeature } from './audit.feature';

/** Any change of the query (or a retry) loads the page it describes; the newest wins. */
export const loadEvents = createEffect(
  (actions$ = inject(Actions), store = inject(Store), auditApi = inject(AuditApi)) => {
    return actions$.pipe(
      ofType(
        AuditTrailPageActions.opened,
        AuditTrailPageActions.retryClicked,
        AuditTrailPageActions.pageChanged,
        AuditTrailPageActions.filtersChanged,
        AuditTrailPageActions.filtersCleared,
      ),
      switchMap(() => store.select(auditFeature.selectQuery).pipe(first())),
      switchMap((query) =>
        auditApi.list(query).pipe(
          map((page) => AuditApiActions.eventsLoaded({ page })),
          catchError((error: unknown) => of(AuditApiActions.eventsLoadFailed({ problem: problemOf(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** The user filter lists every account, active or not: former staff appear in the trail too. */
export const loadUsers = createEffect(
  (actions$ = inject(Actions), accountsApi = inject(AccountsApi)) => {
    return actions$.pipe(
      ofType(AuditTrailPageActions.opened),
      switchMap(() =>
        accountsApi.everyone().pipe(
          map((users) => AuditApiActions.usersLoaded({ users })),
          catchError((error: unknown) => of(AuditApiActions.usersLoadFailed({ problem: problemOf(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);
