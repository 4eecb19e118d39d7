import { inject } from '@angular/core';
import type { ClientAssignment } from '@domain/clients/client';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, debounceTime, exhaustMap, filter, first, map, merge, of, switchMap, tap } from 'rxjs';
import { problemOf } from '../../core/errors/problem-of';
import { Notifier } from '../../core/layout/notifier';
import { saveFailureOf } from '../../shared/versioned-edits/save-failure';
import { SEARCH_DEBOUNCE_MS } from '../search-debounce';
import { AssignmentsApi } from './assignments-api';
import { AssignmentsApiActions } from './assignments-api.actions';
import { AssignmentsPageActions } from './assignments-page.actions';
import { assignmentsFeature } from './assignments.feature';
import { ReassignClientDialogActions } from './reassign-client-dialog.actions';

/**
 * Loads the page the query describes: when the page opens, the query changes, after a reassignment
 * (the client may no longer match the therapist filter) and after a stale-version conflict.
 */
export const loadClients = createEffect(
  (actions$ = inject(Actions), store = inject(Store), assignmentsApi = inject(AssignmentsApi)) => {
    return merge(
      actions$.pipe(ofType(AssignmentsPageActions.searchChanged), debounceTime(SEARCH_DEBOUNCE_MS)),
      actions$.pipe(
        ofType(
          AssignmentsPageActions.opened,
          AssignmentsPageActions.retryClicked,
          AssignmentsPageActions.pageChanged,
          AssignmentsPageActions.statusFilterChanged,
          AssignmentsPageActions.therapistFilterChanged,
          AssignmentsApiActions.clientReassigned,
        ),
      ),
      actions$.pipe(
        ofType(AssignmentsApiActions.reassignFailed),
        filter(({ current }) => current !== null),
      ),
    ).pipe(
      switchMap(() => store.select(assignmentsFeature.selectQuery).pipe(first())),
      switchMap((query) =>
        assignmentsApi.list(query).pipe(
          map((page) => AssignmentsApiActions.clientsLoaded({ page })),
          catchError((error: unknown) => of(AssignmentsApiActions.clientsLoadFailed({ problem: problemOf(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** The therapist filter and the reassign dialog's choices: every active therapist. */
export const loadTherapists = createEffect(
  (actions$ = inject(Actions), assignmentsApi = inject(AssignmentsApi)) => {
    return actions$.pipe(
      ofType(AssignmentsPageActions.opened, ReassignClientDialogActions.opened),
      switchMap(() =>
        assignmentsApi.therapists().pipe(
          map((therapists) => AssignmentsApiActions.therapistsLoaded({ therapists })),
          catchError((error: unknown) => of(AssignmentsApiActions.therapistsLoadFailed({ problem: problemOf(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const reassignClient = createEffect(
  (actions$ = inject(Actions), assignmentsApi = inject(AssignmentsApi)) => {
    return actions$.pipe(
      ofType(ReassignClientDialogActions.submitted),
      exhaustMap(({ client, request }) =>
        assignmentsApi.reassign(client.id, request).pipe(
          // Only the assignment facts are kept, whatever else the answer holds.
          map((answer) => AssignmentsApiActions.clientReassigned({ client: assignmentOf(answer) })),
          catchError((error: unknown) => {
            const { problem, current } = saveFailureOf<ClientAssignment>(error);
            return of(AssignmentsApiActions.reassignFailed({ problem, current: current && assignmentOf(current) }));
          }),
        ),
      ),
    );
  },
  { functional: true },
);

export const confirmReassignment = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) => {
    return actions$.pipe(
      ofType(AssignmentsApiActions.clientReassigned),
      tap(({ client }) => void notifier.show(`${client.preferredName} (${client.caseNumber}) is now assigned to ${client.therapistName}.`)),
    );
  },
  { functional: true, dispatch: false },
);

/**
 * Only the assignment facts of a client. A stale-version 409 carries the whole record; an
 * administrator must not hold clinical content, so only these fields are kept.
 */
function assignmentOf(client: ClientAssignment): ClientAssignment {
  const { id, preferredName, legalName, caseNumber, status, therapistId, therapistName, version } = client;
  return { id, preferredName, legalName, caseNumber, status, therapistId, therapistName, version };
}
