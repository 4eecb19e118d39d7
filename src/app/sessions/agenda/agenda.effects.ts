import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, EMPTY, first, map, of, switchMap } from 'rxjs';
import { problemOf } from '../../core/errors/problem-of';
import { AgendaApi } from './agenda-api';
import { AgendaApiActions } from './agenda-api.actions';
import { AgendaPageActions } from './agenda-page.actions';
import { agendaQueryOf } from './agenda-window';
import { agendaFeature } from './agenda.feature';

/** The sessions of the window on screen; a newer choice of period cancels the request before it. */
export const loadAgenda = createEffect(
  (actions$ = inject(Actions), store = inject(Store), agendaApi = inject(AgendaApi)) => {
    return actions$.pipe(
      ofType(
        AgendaPageActions.opened,
        AgendaPageActions.rangeChanged,
        AgendaPageActions.viewChanged,
        AgendaPageActions.retryClicked,
      ),
      switchMap(() => store.select(agendaFeature.selectWindow).pipe(first())),
      switchMap((window) =>
        window === null
          ? EMPTY
          : agendaApi.loadAgenda(agendaQueryOf(window)).pipe(
              map((items) => AgendaApiActions.agendaLoaded({ window, items })),
              catchError((error: unknown) =>
                of(AgendaApiActions.agendaLoadFailed({ window, problem: problemOf(error) })),
              ),
            ),
      ),
    );
  },
  { functional: true },
);
