import { inject } from '@angular/core';
import type { FamilySession } from '@domain/sessions/family-session';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, concatMap, map, of, switchMap, tap } from 'rxjs';
import { problemOf } from '../core/errors/problem-of';
import { Notifier } from '../core/layout/notifier';
import { saveFailureOf } from '../shared/versioned-edits/save-failure';
import { ClientsApiActions } from '../clients/clients-api.actions';
import { OpenFollowUpsActions } from './open-follow-ups.actions';
import { SessionsApi } from './sessions-api';
import { SessionsApiActions } from './sessions-api.actions';

/** The open follow-ups when the card opens, on retry, and after a tick-off met a changed session. */
export const loadFollowUps = createEffect(
  (actions$ = inject(Actions), sessionsApi = inject(SessionsApi)) => {
    return actions$.pipe(
      ofType(
        OpenFollowUpsActions.retryClicked,
        SessionsApiActions.followUpMarkConflicted,
      ),
      switchMap(({ clientId }) =>
        sessionsApi.loadOpenFollowUps(clientId).pipe(
          map((items) => SessionsApiActions.followUpsLoaded({ clientId, items })),
          catchError((error: unknown) =>
            of(SessionsApiActions.followUpsLoadFailed({ clientId, problem: problemOf(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** The open follow-ups out of the client Overview's answer (or its failure). */
export const overviewFollowUps = createEffect(
  (actions$ = inject(Actions)) => {
    return actions$.pipe(
      ofType(ClientsApiActions.overviewLoaded, ClientsApiActions.overviewLoadFailed),
      map((action) =>
        action.type === ClientsApiActions.overviewLoaded.type
          ? SessionsApiActions.followUpsLoaded({ clientId: action.overview.client.id, items: action.overview.followUps })
          : SessionsApiActions.followUpsLoadFailed({ clientId: action.clientId, problem: action.problem }),
      ),
    );
  },
  { functional: true },
);

/**
 * Ticks a follow-up off on the session's current version, read just before: the card holds no
 * versions. A 409 means the session changed in between, so the list is reloaded.
 */
export const markFollowUpDone = createEffect(
  (actions$ = inject(Actions), sessionsApi = inject(SessionsApi)) => {
    return actions$.pipe(
      ofType(OpenFollowUpsActions.markDoneClicked),
      concatMap(({ clientId, sessionId, followUpId }) =>
        sessionsApi.loadSession(clientId, sessionId).pipe(
          concatMap(({ version }) =>
            sessionsApi.setFollowUpDone(clientId, sessionId, followUpId, true, version),
          ),
          map((session) => SessionsApiActions.followUpMarkedDone({ followUpId, session })),
          catchError((error: unknown) => {
            const { current, problem } = saveFailureOf<FamilySession>(error);
            return of(
              current
                ? SessionsApiActions.followUpMarkConflicted({ clientId, followUpId })
                : SessionsApiActions.followUpMarkFailed({ clientId, followUpId, problem }),
            );
          }),
        ),
      ),
    );
  },
  { functional: true },
);

export const confirmFollowUpMarked = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) => {
    return actions$.pipe(
      ofType(SessionsApiActions.followUpMarkedDone, SessionsApiActions.followUpMarkConflicted),
      tap(({ type }) =>
        type === SessionsApiActions.followUpMarkedDone.type
          ? void notifier.show('Follow-up marked done.')
          : void notifier.show(
              'The session changed meanwhile. The follow-ups were reloaded: check and try again.',
              'assertive',
            ),
      ),
    );
  },
  { functional: true, dispatch: false },
);
