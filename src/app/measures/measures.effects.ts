import { inject } from '@angular/core';
import type { MeasureResponse } from '@domain/measures/measure';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, concatMap, EMPTY, first, map, of, switchMap, tap } from 'rxjs';
import { problemOf } from '../core/errors/problem-of';
import { Notifier } from '../core/layout/notifier';
import { isVersionedRecord, saveFailureOf, type RecordCheck } from '../shared/versioned-edits/save-failure';
import { ClientsApiActions } from '../clients/clients-api.actions';
import { MeasureFormActions } from './measure-form.actions';
import { MeasureHistoryDialogActions } from './measure-history-dialog.actions';
import { MeasuresApi } from './measures-api';
import { MeasuresApiActions } from './measures-api.actions';
import { MeasuresOverviewActions } from './measures-overview.actions';
import { MeasuresTabActions } from './measures-tab.actions';
import { measuresFeature } from './measures.feature';

/** The client whose measures are on screen (set by the action that opened them). */
const currentClient = (store: Store) => store.select(measuresFeature.selectClientId).pipe(first());

/** Every measure with today's flags: when the tab, the Overview or a form opens, and on retry. */
export const loadMeasures = createEffect(
  (actions$ = inject(Actions), store = inject(Store), measuresApi = inject(MeasuresApi)) => {
    return actions$.pipe(
      ofType(
        MeasuresTabActions.opened,
        MeasuresTabActions.retryClicked,
        MeasuresOverviewActions.retryClicked,
        MeasureFormActions.recordOpened,
        MeasureFormActions.amendOpened,
      ),
      switchMap(() => currentClient(store)),
      switchMap((clientId) =>
        clientId === null
          ? EMPTY
          : measuresApi.loadMeasures(clientId).pipe(
              map((view) => MeasuresApiActions.measuresLoaded({ clientId, view })),
              catchError((error: unknown) =>
                of(MeasuresApiActions.measuresLoadFailed({ clientId, problem: problemOf(error) })),
              ),
            ),
      ),
    );
  },
  { functional: true },
);

/** Family session dates for the chart's markers (the tab's chart and the Overview's). */
export const loadSessionDates = createEffect(
  (actions$ = inject(Actions), store = inject(Store), measuresApi = inject(MeasuresApi)) => {
    return actions$.pipe(
      ofType(
        MeasuresTabActions.opened,
        MeasuresTabActions.retryClicked,
        MeasuresOverviewActions.retryClicked,
      ),
      switchMap(() => currentClient(store)),
      switchMap((clientId) =>
        clientId === null
          ? EMPTY
          : measuresApi.loadSessionDates(clientId).pipe(
              map((sessions) => MeasuresApiActions.sessionsLoaded({ clientId, sessions })),
              catchError(() => of(MeasuresApiActions.sessionsLoadFailed({ clientId }))),
            ),
      ),
    );
  },
  { functional: true },
);

/** The measures and the session dates out of the client Overview's answer (or its failure). */
export const overviewMeasures = createEffect(
  (actions$ = inject(Actions)) => {
    return actions$.pipe(
      ofType(ClientsApiActions.overviewLoaded, ClientsApiActions.overviewLoadFailed),
      concatMap((action) => {
        if (action.type === ClientsApiActions.overviewLoadFailed.type) {
          const { clientId, problem } = action;
          return [MeasuresApiActions.measuresLoadFailed({ clientId, problem }), MeasuresApiActions.sessionsLoadFailed({ clientId })];
        }
        const { client, measures, sessions } = action.overview;
        return [
          MeasuresApiActions.measuresLoaded({ clientId: client.id, view: measures }),
          MeasuresApiActions.sessionsLoaded({ clientId: client.id, sessions: sessions.map(({ id, startsAt, status, type }) => ({ id, startsAt, status, type })) }),
        ];
      }),
    );
  },
  { functional: true },
);

/** The network's members, for its size over time on the tab's chart. */
export const loadNetworkMembers = createEffect(
  (actions$ = inject(Actions), store = inject(Store), measuresApi = inject(MeasuresApi)) => {
    return actions$.pipe(
      ofType(MeasuresTabActions.opened, MeasuresTabActions.retryClicked),
      switchMap(() => currentClient(store)),
      switchMap((clientId) =>
        clientId === null
          ? EMPTY
          : measuresApi.loadNetworkMembers(clientId).pipe(
              map((members) => MeasuresApiActions.networkLoaded({ clientId, members })),
              catchError(() => of(MeasuresApiActions.networkLoadFailed({ clientId }))),
            ),
      ),
    );
  },
  { functional: true },
);

/** What changed in the network and when, for the chart's markers and the "between" panel. */
export const loadNetworkEvents = createEffect(
  (actions$ = inject(Actions), store = inject(Store), measuresApi = inject(MeasuresApi)) => {
    return actions$.pipe(
      ofType(MeasuresTabActions.opened, MeasuresTabActions.retryClicked),
      switchMap(() => currentClient(store)),
      switchMap((clientId) =>
        clientId === null
          ? EMPTY
          : measuresApi.loadNetworkEvents(clientId).pipe(
              map((events) => MeasuresApiActions.networkEventsLoaded({ clientId, events })),
              catchError(() => of(MeasuresApiActions.networkEventsLoadFailed({ clientId }))),
            ),
      ),
    );
  },
  { functional: true },
);

export const recordMeasure = createEffect(
  (actions$ = inject(Actions), measuresApi = inject(MeasuresApi)) => {
    return actions$.pipe(
      ofType(MeasureFormActions.recordSubmitted),
      concatMap(({ clientId, request }) =>
        measuresApi.recordMeasure(clientId, request).pipe(
          map((measure) => MeasuresApiActions.measureRecorded({ measure })),
          catchError((error: unknown) =>
            of(MeasuresApiActions.measureSaveFailed({ problem: problemOf(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** An amendment based on a stale version meets the measure as it is now; the user then decides. */
export const amendMeasure = createEffect(
  (actions$ = inject(Actions), measuresApi = inject(MeasuresApi)) => {
    return actions$.pipe(
      ofType(MeasureFormActions.amendSubmitted),
      concatMap(({ clientId, measureId, amendment, version }) =>
        measuresApi.amendMeasure(clientId, measureId, amendment, version).pipe(
          map((measure) => MeasuresApiActions.measureAmended({ measure })),
          catchError((error: unknown) => {
            const { current, problem } = saveFailureOf<MeasureResponse>(error, isMeasureResponse);
            return of(
              current
                ? MeasuresApiActions.measureSaveConflicted({ conflict: { current, amendment } })
                : MeasuresApiActions.measureSaveFailed({ problem }),
            );
          }),
        ),
      ),
    );
  },
  { functional: true },
);

/** A measure's 409 carries the response as it is now, answers included. */
const isMeasureResponse: RecordCheck = (current) => isVersionedRecord(current) && 'answers' in current;

export const loadHistory = createEffect(
  (actions$ = inject(Actions), measuresApi = inject(MeasuresApi)) => {
    return actions$.pipe(
      ofType(MeasureHistoryDialogActions.opened, MeasureHistoryDialogActions.retryClicked),
      switchMap(({ clientId, measureId }) =>
        measuresApi.loadHistory(clientId, measureId).pipe(
          map((items) => MeasuresApiActions.historyLoaded({ measureId, items })),
          catchError((error: unknown) =>
            of(MeasuresApiActions.historyLoadFailed({ measureId, problem: problemOf(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const confirmMeasureSaved = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) => {
    return actions$.pipe(
      ofType(MeasuresApiActions.measureRecorded, MeasuresApiActions.measureAmended),
      tap(
        ({ type }) =>
          void notifier.show(
            type === MeasuresApiActions.measureRecorded.type
              ? 'Measure saved.'
              : 'Measure amended. The earlier answers stay in its history.',
          ),
      ),
    );
  },
  { functional: true, dispatch: false },
);
