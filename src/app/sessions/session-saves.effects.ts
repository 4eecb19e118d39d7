import { inject } from '@angular/core';
import type { FamilySession } from '@domain/sessions/family-session';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import type { Action } from '@ngrx/store';
import { catchError, concatMap, map, of, tap, type Observable } from 'rxjs';
import { Notifier } from '../core/layout/notifier';
import { saveFailureOf } from '../shared/versioned-edits/save-failure';
import { PlanDialogActions } from './plan-dialog.actions';
import { RecordPageActions } from './record-page.actions';
import { warningsOf } from './save-problem';
import { SessionsApi } from './sessions-api';
import { SessionsApiActions } from './sessions-api.actions';

/**
 * Plans a session, or re-plans one on its version. Warnings the clinician has not accepted yet come
 * back to the dialog; a stale version meets the session as it is now, and the user decides.
 */
export const savePlan = createEffect(
  (actions$ = inject(Actions), sessionsApi = inject(SessionsApi)) => {
    return actions$.pipe(
      ofType(PlanDialogActions.submitted),
      concatMap(({ clientId, sessionId, plan, version }) => {
        const saved$: Observable<Action> =
          sessionId === null || version === null
            ? sessionsApi
                .planSession(clientId, plan)
                .pipe(map((session) => SessionsApiActions.sessionPlanned({ session })))
            : sessionsApi
                .updatePlan(clientId, sessionId, plan, version)
                .pipe(map((session) => SessionsApiActions.planUpdated({ session })));
        return saved$.pipe(
          catchError((error: unknown) => {
            const { current, problem } = saveFailureOf<FamilySession>(error);
            const warnings = warningsOf(error, plan.memberIds);
            return of(
              current
                ? SessionsApiActions.saveConflicted({
                    conflict: { current, edit: { kind: 'plan', plan } },
                  })
                : warnings
                  ? SessionsApiActions.saveNeedsAcknowledgement({ warnings })
                  : SessionsApiActions.saveFailed({ problem }),
            );
          }),
        );
      }),
    );
  },
  { functional: true },
);

/** Records what happened (an amendment once completed), on the version the page was based on. */
export const saveRecord = createEffect(
  (actions$ = inject(Actions), sessionsApi = inject(SessionsApi)) => {
    return actions$.pipe(
      ofType(RecordPageActions.submitted),
      concatMap(({ clientId, sessionId, record, version }) =>
        sessionsApi.recordSession(clientId, sessionId, record, version).pipe(
          map((session) => SessionsApiActions.sessionRecorded({ session })),
          catchError((error: unknown) => {
            const { current, problem } = saveFailureOf<FamilySession>(error);
            return of(
              current
                ? SessionsApiActions.saveConflicted({
                    conflict: { current, edit: { kind: 'record', record } },
                  })
                : SessionsApiActions.saveFailed({ problem }),
            );
          }),
        ),
      ),
    );
  },
  { functional: true },
);

export const confirmSaved = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) => {
    return actions$.pipe(
      ofType(
        SessionsApiActions.sessionPlanned,
        SessionsApiActions.planUpdated,
        SessionsApiActions.sessionRecorded,
      ),
      tap((action) => void notifier.show(confirmationOf(action))),
    );
  },
  { functional: true, dispatch: false },
);

function confirmationOf(action: {
  readonly type: string;
  readonly session: FamilySession;
}): string {
  switch (action.type) {
    case SessionsApiActions.sessionPlanned.type:
      return 'Session planned.';
    case SessionsApiActions.planUpdated.type:
      return 'Plan saved.';
    default:
      return action.session.amended
        ? 'Amendment saved. The earlier record stays in the session’s history.'
        : 'Session recorded.';
  }
}
