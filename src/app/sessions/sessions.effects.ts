import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, map, of, switchMap } from 'rxjs';
import { problemOf } from '../core/errors/problem-of';
import { NetworkApi } from '../network/network-api';
import { RecordPageActions } from './record-page.actions';
import { SessionDetailActions } from './session-detail.actions';
import { SessionHistoryDialogActions } from './session-history-dialog.actions';
import { SessionsApi } from './sessions-api';
import { SessionsApiActions } from './sessions-api.actions';
import { SessionsTabActions } from './sessions-tab.actions';

export const loadSessions = createEffect(
  (actions$ = inject(Actions), sessionsApi = inject(SessionsApi)) => {
    return actions$.pipe(
      ofType(SessionsTabActions.opened, SessionsTabActions.retryClicked),
      switchMap(({ clientId }) =>
        sessionsApi.loadSessions(clientId).pipe(
          map((sessions) => SessionsApiActions.sessionsLoaded({ clientId, sessions })),
          catchError((error: unknown) =>
            of(SessionsApiActions.sessionsLoadFailed({ clientId, problem: problemOf(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** Today's network, for the people a session can invite and the names of follow-up owners. */
export const loadMembers = createEffect(
  (actions$ = inject(Actions), networkApi = inject(NetworkApi)) => {
    return actions$.pipe(
      ofType(
        SessionsTabActions.opened,
        SessionsTabActions.retryClicked,
        SessionDetailActions.opened,
        SessionDetailActions.retryClicked,
        RecordPageActions.opened,
      ),
      switchMap(({ clientId }) =>
        networkApi.loadNetwork(clientId, null).pipe(
          map((view) => SessionsApiActions.membersLoaded({ clientId, view })),
          catchError((error: unknown) =>
            of(SessionsApiActions.membersLoadFailed({ clientId, problem: problemOf(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** The session a detail or record page shows, fresh from the server (its version matters). */
export const loadSession = createEffect(
  (actions$ = inject(Actions), sessionsApi = inject(SessionsApi)) => {
    return actions$.pipe(
      ofType(
        SessionDetailActions.opened,
        SessionDetailActions.retryClicked,
        RecordPageActions.opened,
      ),
      switchMap(({ clientId, sessionId }) =>
        sessionsApi.loadSession(clientId, sessionId).pipe(
          map((session) => SessionsApiActions.sessionLoaded({ session })),
          catchError((error: unknown) =>
            of(SessionsApiActions.sessionLoadFailed({ sessionId, problem: problemOf(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadHistory = createEffect(
  (actions$ = inject(Actions), sessionsApi = inject(SessionsApi)) => {
    return actions$.pipe(
      ofType(SessionHistoryDialogActions.opened, SessionHistoryDialogActions.retryClicked),
      switchMap(({ clientId, sessionId }) =>
        sessionsApi.loadHistory(clientId, sessionId).pipe(
          map((items) => SessionsApiActions.historyLoaded({ sessionId, items })),
          catchError((error: unknown) =>
            of(SessionsApiActions.historyLoadFailed({ sessionId, problem: problemOf(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);
