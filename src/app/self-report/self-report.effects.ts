import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, concatMap, EMPTY, filter, first, map, mergeMap, of, switchMap, tap } from 'rxjs';
import { authFeature } from '../core/auth/auth.feature';
import { problemOf } from '../core/errors/problem-of';
import { Notifier } from '../core/layout/notifier';
import { SelfReportApi } from './self-report-api';
import { SelfReportApiActions } from './self-report-api.actions';
import { SelfReportPanelActions } from './self-report-panel.actions';
import { selfReportFeature } from './self-report.feature';
import { SendDialogActions } from './send-dialog.actions';
import { isStaleVersion } from '../shared/versioned-edits/save-failure';

const currentClient = (store: Store) => store.select(selfReportFeature.selectClientId).pipe(first());

/** The client's requests: when the panel opens, on retry, and after a conflict or a send again. */
export const loadRequests = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(SelfReportApi)) => {
    return actions$.pipe(
      ofType(
        SelfReportPanelActions.opened,
        SelfReportPanelActions.retryClicked,
        SelfReportApiActions.requestChangeConflicted,
        // Sending again withdrew the old request on the server; the list shows that.
        SelfReportApiActions.requestResent,
      ),
      switchMap(() => currentClient(store)),
      switchMap((clientId) =>
        clientId === null
          ? EMPTY
          : api.loadRequests(clientId).pipe(
              map((items) => SelfReportApiActions.requestsLoaded({ clientId, items })),
              catchError((error: unknown) => of(SelfReportApiActions.requestsLoadFailed({ clientId, problem: problemOf(error) }))),
            ),
      ),
    );
  },
  { functional: true },
);

/**
 * The therapist opened the Measures tab: the caseload's "new self-report" indicator goes. Only the
 * client's therapist clears it (supervisors read); a failure only leaves the indicator up.
 */
export const markSeen = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(SelfReportApi)) => {
    return actions$.pipe(
      ofType(SelfReportPanelActions.opened),
      concatMap(({ clientId }) =>
        store.select(authFeature.selectUser).pipe(
          first(),
          filter((user) => user?.role === 'therapist'),
          concatMap(() =>
            api.markSeen(clientId).pipe(
              map(() => SelfReportApiActions.seenMarked()),
              catchError(() => EMPTY),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const sendRequest = createEffect(
  (actions$ = inject(Actions), api = inject(SelfReportApi)) => {
    return actions$.pipe(
      ofType(SendDialogActions.submitted),
      concatMap(({ clientId, request }) =>
        api.send(clientId, request).pipe(
          map((issued) => SelfReportApiActions.requestSent({ issued })),
          catchError((error: unknown) => of(SelfReportApiActions.sendFailed({ problem: problemOf(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const withdrawRequest = createEffect(
  (actions$ = inject(Actions), api = inject(SelfReportApi)) => {
    return actions$.pipe(
      ofType(SelfReportPanelActions.withdrawClicked),
      mergeMap(({ request }) =>
        api.withdraw(request.clientId, request.id, request.version).pipe(
          map((withdrawn) => SelfReportApiActions.requestWithdrawn({ request: withdrawn })),
          catchError((error: unknown) =>
            of(
              isStaleVersion(problemOf(error))
                ? SelfReportApiActions.requestChangeConflicted({ requestId: request.id })
                : SelfReportApiActions.requestChangeFailed({ requestId: request.id, problem: problemOf(error) }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const resendRequest = createEffect(
  (actions$ = inject(Actions), api = inject(SelfReportApi)) => {
    return actions$.pipe(
      ofType(SelfReportPanelActions.sendAgainClicked),
      mergeMap(({ request }) =>
        api.resend(request.clientId, request.id, request.version).pipe(
          map((issued) => SelfReportApiActions.requestResent({ previousId: request.id, issued })),
          catchError((error: unknown) =>
            of(
              isStaleVersion(problemOf(error))
                ? SelfReportApiActions.requestChangeConflicted({ requestId: request.id })
                : SelfReportApiActions.requestChangeFailed({ requestId: request.id, problem: problemOf(error) }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const createLink = createEffect(
  (actions$ = inject(Actions), api = inject(SelfReportApi)) => {
    return actions$.pipe(
      ofType(SelfReportPanelActions.createLinkClicked),
      mergeMap(({ request, email }) =>
        api.createLink(request.clientId, request.id, request.version, email).pipe(
          // A waiting request had a link already: the dialog says that one no longer works.
          map((issued) => SelfReportApiActions.linkCreated({ issued: { ...issued, replacedLink: request.state === 'waiting' } })),
          catchError((error: unknown) =>
            of(
              isStaleVersion(problemOf(error))
                ? SelfReportApiActions.requestChangeConflicted({ requestId: request.id })
                : SelfReportApiActions.requestChangeFailed({ requestId: request.id, problem: problemOf(error) }),
            ),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const confirmWithdrawn = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) => {
    return actions$.pipe(
      ofType(SelfReportApiActions.requestWithdrawn),
      tap(() => void notifier.show('Request withdrawn. Its link can no longer be used.')),
    );
  },
  { functional: true, dispatch: false },
);
