import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, concatMap, EMPTY, first, map, of, switchMap } from 'rxjs';
import { problemOf } from '../core/errors/problem-of';
import { FamilyFeedbackActions, FeedbackTrendActions } from './family-feedback.actions';
import { SelfReportApi } from './self-report-api';
import { SessionFeedbackApiActions } from './session-feedback-api.actions';
import { sessionFeedbackFeature } from './session-feedback.feature';

const currentSession = (store: Store) =>
  store.select(sessionFeedbackFeature.selectSessionFeedbackState).pipe(
    first(),
    map(({ clientId, sessionId }) => (clientId === null || sessionId === null ? null : { clientId, sessionId })),
  );

/** The session's answers and requests: when the section opens, on retry, and after a send. */
export const loadFeedback = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(SelfReportApi)) => {
    return actions$.pipe(
      ofType(FamilyFeedbackActions.opened, FamilyFeedbackActions.retryClicked),
      switchMap(() => currentSession(store)),
      switchMap((session) =>
        session === null
          ? EMPTY
          : api.loadFeedback(session.clientId, session.sessionId).pipe(
              map((view) => SessionFeedbackApiActions.feedbackLoaded({ sessionId: session.sessionId, view })),
              catchError((error: unknown) =>
                of(SessionFeedbackApiActions.feedbackLoadFailed({ sessionId: session.sessionId, problem: problemOf(error) })),
              ),
            ),
      ),
    );
  },
  { functional: true },
);

export const sendFeedback = createEffect(
  (actions$ = inject(Actions), api = inject(SelfReportApi)) => {
    return actions$.pipe(
      ofType(FamilyFeedbackActions.sendSubmitted),
      concatMap(({ clientId, sessionId, memberIds }) =>
        api.sendFeedback(clientId, sessionId, { memberIds: [...memberIds], expiresInDays: 7 }).pipe(
          map((sent) => SessionFeedbackApiActions.feedbackSent({ sessionId, sent })),
          catchError((error: unknown) =>
            of(SessionFeedbackApiActions.feedbackSendFailed({ sessionId, memberIds, problem: problemOf(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** A new link for a lost one; shown like links just sent, or refused like a send (consent, conflict). */
export const newFeedbackLink = createEffect(
  (actions$ = inject(Actions), api = inject(SelfReportApi)) => {
    return actions$.pipe(
      ofType(FamilyFeedbackActions.newLinkClicked),
      concatMap(({ request }) => {
        const sessionId = request.sessionId!;
        const memberId = request.memberId!;
        return api.createLink(request.clientId, request.id, request.version, false).pipe(
          map((issued) => SessionFeedbackApiActions.feedbackSent({ sessionId, sent: [{ ...issued, memberId, replacedLink: true }] })),
          catchError((error: unknown) => of(SessionFeedbackApiActions.feedbackSendFailed({ sessionId, memberIds: [memberId], problem: problemOf(error) }))),
        );
      }),
    );
  },
  { functional: true },
);

export const loadTrend = createEffect(
  (actions$ = inject(Actions), api = inject(SelfReportApi)) => {
    return actions$.pipe(
      ofType(FeedbackTrendActions.opened),
      switchMap(({ clientId }) =>
        api.loadFeedbackTrend(clientId).pipe(
          map((points) => SessionFeedbackApiActions.trendLoaded({ clientId, points })),
          catchError((error: unknown) => of(SessionFeedbackApiActions.trendLoadFailed({ clientId, problem: problemOf(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);
