import { inject } from '@angular/core';
import { todayIsoDate } from '@domain/common/iso-date';
import type { NetworkMember } from '@domain/network/network-member';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import {
  catchError,
  concatMap,
  EMPTY,
  first,
  forkJoin,
  map,
  mergeMap,
  of,
  switchMap,
  tap,
} from 'rxjs';
import { problemOf } from '../core/errors/problem-of';
import { Notifier } from '../core/layout/notifier';
import { saveFailureOf } from '../shared/versioned-edits/save-failure';
import { MemberDialogActions } from './member-dialog.actions';
import type { MemberEdit } from './member-edit';
import { NetworkApi } from './network-api';
import { NetworkApiActions } from './network-api.actions';
import { NetworkCompareActions } from './network-compare.actions';
import { NetworkTabActions } from './network-tab.actions';
import { networkFeature } from './network.feature';
import { ClientsApiActions } from '../clients/clients-api.actions';
import { NotesTabActions } from './notes/notes-tab.actions';

/**
 * The network on the date asked for, whenever that changes, and again after every change (the
 * summary figures are the server's). The newest request wins.
 */
export const loadNetwork = createEffect(
  (actions$ = inject(Actions), store = inject(Store), networkApi = inject(NetworkApi)) => {
    return actions$.pipe(
      ofType(
        NetworkTabActions.opened,
        NetworkTabActions.retryClicked,
        NetworkTabActions.asOfChanged,
        NotesTabActions.opened,
        NetworkApiActions.memberSaved,
        NetworkApiActions.reactivateFailed,
      ),
      switchMap(() => store.select(networkFeature.selectNetworkState).pipe(first())),
      switchMap(({ clientId, asOf }) =>
        clientId === null
          ? EMPTY
          : networkApi.loadNetwork(clientId, asOf).pipe(
              map((view) => NetworkApiActions.networkLoaded({ clientId, view })),
              catchError((error: unknown) =>
                of(NetworkApiActions.networkLoadFailed({ clientId, problem: problemOf(error) })),
              ),
            ),
      ),
    );
  },
  { functional: true },
);

/** Today's network out of the client Overview's answer (or its failure). */
export const overviewNetwork = createEffect(
  (actions$ = inject(Actions)) => {
    return actions$.pipe(
      ofType(ClientsApiActions.overviewLoaded, ClientsApiActions.overviewLoadFailed),
      map((action) =>
        action.type === ClientsApiActions.overviewLoaded.type
          ? NetworkApiActions.networkLoaded({ clientId: action.overview.client.id, view: action.overview.network })
          : NetworkApiActions.networkLoadFailed({ clientId: action.clientId, problem: action.problem }),
      ),
    );
  },
  { functional: true },
);

/** The client's name (centre of the drawing) and treatment start (the comparison). */
export const loadClient = createEffect(
  (actions$ = inject(Actions), networkApi = inject(NetworkApi)) => {
    return actions$.pipe(
      ofType(NetworkTabActions.opened),
      switchMap(({ clientId }) =>
        networkApi.loadClient(clientId).pipe(
          map((client) => NetworkApiActions.clientLoaded({ client })),
          catchError((error: unknown) =>
            of(NetworkApiActions.clientLoadFailed({ clientId, problem: problemOf(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** The network on two dates side by side (by default treatment start and today), while the comparison is on. */
export const loadComparison = createEffect(
  (actions$ = inject(Actions), store = inject(Store), networkApi = inject(NetworkApi)) => {
    return actions$.pipe(
      ofType(
        NetworkTabActions.compareToggled,
        NetworkCompareActions.datesChanged,
        NetworkTabActions.opened,
        NetworkApiActions.memberSaved,
      ),
      switchMap(() => store.select(networkFeature.selectNetworkState).pipe(first())),
      switchMap(({ clientId, compare, compareDates }) =>
        clientId === null || !compare
          ? EMPTY
          : networkApi.loadClient(clientId).pipe(
              switchMap((client) => {
                // A treatment that starts in the future has no past to show: today it is.
                const today = todayIsoDate();
                const treatmentStart =
                  client.treatmentStart < today ? client.treatmentStart : today;
                return forkJoin({
                  earlier: networkApi.loadNetwork(clientId, compareDates.earlier ?? treatmentStart),
                  later: networkApi.loadNetwork(clientId, compareDates.later),
                }).pipe(map(({ earlier, later }) => ({ treatmentStart, earlier, later })));
              }),
              map((comparison) => NetworkApiActions.comparisonLoaded({ clientId, comparison })),
              catchError((error: unknown) =>
                of(NetworkApiActions.comparisonLoadFailed({ clientId, problem: problemOf(error) })),
              ),
            ),
      ),
    );
  },
  { functional: true },
);

/**
 * Saves one change from the member form, in order. A 409 with `current` means someone else saved
 * first: the form then shows the member as it is now, and nothing is overwritten.
 */
export const saveMember = createEffect(
  (actions$ = inject(Actions), networkApi = inject(NetworkApi)) => {
    return actions$.pipe(
      ofType(MemberDialogActions.submitted),
      concatMap(({ clientId, edit, version }) =>
        networkApi.saveMember(clientId, edit, version).pipe(
          map((member) => NetworkApiActions.memberSaved({ member, edit })),
          catchError((error: unknown) => {
            const { current, problem } = saveFailureOf<NetworkMember>(error);
            return of(
              current
                ? NetworkApiActions.memberSaveConflicted({ conflict: { current, edit } })
                : NetworkApiActions.memberSaveFailed({ problem }),
            );
          }),
        ),
      ),
    );
  },
  { functional: true },
);

/** "Re-activate" on an ended relationship; a failure is told by the snack bar, and the list reloads. */
export const reactivateMember = createEffect(
  (actions$ = inject(Actions), networkApi = inject(NetworkApi)) => {
    return actions$.pipe(
      ofType(NetworkTabActions.reactivateClicked),
      mergeMap(({ clientId, memberId, version }) => {
        const edit: MemberEdit = { kind: 'reactivate', memberId };
        return networkApi.saveMember(clientId, edit, version).pipe(
          map((member) => NetworkApiActions.memberSaved({ member, edit })),
          catchError((error: unknown) =>
            of(NetworkApiActions.reactivateFailed({ problem: problemOf(error) })),
          ),
        );
      }),
    );
  },
  { functional: true },
);

const SAVED_MESSAGES: Record<MemberEdit['kind'], string> = {
  create: 'Person added to the network.',
  update: 'Changes saved.',
  end: 'Relationship ended. It stays in the network’s history.',
  reactivate: 'Relationship re-activated.',
};

export const confirmMemberSaved = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) => {
    return actions$.pipe(
      ofType(NetworkApiActions.memberSaved),
      tap(({ edit }) => void notifier.show(SAVED_MESSAGES[edit.kind])),
    );
  },
  { functional: true, dispatch: false },
);
