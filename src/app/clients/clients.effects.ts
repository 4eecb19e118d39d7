import { inject, Injector } from '@angular/core';
import { Router } from '@angular/router';
import type { Client } from '@domain/clients/client';
import { CLIENT_STATUSES } from '@domain/clients/client-codes';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, exhaustMap, filter, first, map, of, switchMap, tap, concatMap } from 'rxjs';
import { authFeature } from '../core/auth/auth.feature';
import { problemOf } from '../core/errors/problem-of';
import { Notifier } from '../core/layout/notifier';
import { saveFailureOf } from '../shared/versioned-edits/save-failure';
import { CaseloadPageActions } from './caseload-page.actions';
import type { ClientEdit } from './client-edit';
import { ClientFormActions } from './client-form.actions';
import { ClientPageActions } from './client-page.actions';
import { ClientsApi } from './clients-api';
import { ClientsApiActions } from './clients-api.actions';
import { ClientOverviewActions } from './client-overview.actions';
import { clientsFeature } from './clients.feature';
import { ConflictDialogActions } from './conflict-dialog.actions';
import { ReassignDialogActions } from './reassign-dialog.actions';
import { StatusChangeDialogActions } from './status-change-dialog.actions';

/** Any change of the caseload query (or a retry) loads the page it describes; the newest wins. */
export const loadCaseload = createEffect(
  (actions$ = inject(Actions), store = inject(Store), clientsApi = inject(ClientsApi)) => {
    return actions$.pipe(
      ofType(
        CaseloadPageActions.opened,
        CaseloadPageActions.retryClicked,
        CaseloadPageActions.pageChanged,
        CaseloadPageActions.sortChanged,
        CaseloadPageActions.searchChanged,
        CaseloadPageActions.statusFilterChanged,
        CaseloadPageActions.concernFilterChanged,
        CaseloadPageActions.flagFilterChanged,
        CaseloadPageActions.therapistFilterChanged,
        CaseloadPageActions.filtersCleared,
      ),
      switchMap(() => store.select(clientsFeature.selectQuery).pipe(first())),
      switchMap((query) =>
        clientsApi.loadCaseload(query).pipe(
          map((page) => ClientsApiActions.caseloadLoaded({ page })),
          catchError((error: unknown) => of(ClientsApiActions.caseloadLoadFailed({ problem: problemOf(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** Supervisors filter the team caseload by therapist and reassign to them. */
export const loadTherapists = createEffect(
  (actions$ = inject(Actions), store = inject(Store), clientsApi = inject(ClientsApi)) => {
    return actions$.pipe(
      ofType(CaseloadPageActions.opened, ReassignDialogActions.opened),
      switchMap(() => store.select(authFeature.selectUser).pipe(first())),
      filter((user) => user?.role === 'supervisor'),
      switchMap(() =>
        clientsApi.loadTherapists().pipe(
          map((therapists) => ClientsApiActions.therapistsLoaded({ therapists })),
          catchError((error: unknown) => of(ClientsApiActions.therapistsLoadFailed({ problem: problemOf(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadClient = createEffect(
  (actions$ = inject(Actions), clientsApi = inject(ClientsApi)) => {
    return actions$.pipe(
      ofType(ClientPageActions.opened, ClientPageActions.retryClicked, ClientFormActions.editOpened),
      switchMap(({ id }) =>
        clientsApi.loadClient(id).pipe(
          map((client) => ClientsApiActions.clientLoaded({ client })),
          catchError((error: unknown) => of(ClientsApiActions.clientLoadFailed({ id, problem: problemOf(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** The Overview tab's first view in one request; each slice takes its part (see the `overview…` effects). */
export const loadOverview = createEffect(
  (actions$ = inject(Actions), clientsApi = inject(ClientsApi)) => {
    return actions$.pipe(
      ofType(ClientOverviewActions.opened),
      switchMap(({ clientId }) =>
        clientsApi.loadOverview(clientId).pipe(
          map((overview) => ClientsApiActions.overviewLoaded({ overview })),
          catchError((error: unknown) => of(ClientsApiActions.overviewLoadFailed({ clientId, problem: problemOf(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** The record and its history out of the Overview's answer (or its failure). */
export const overviewRecord = createEffect(
  (actions$ = inject(Actions)) => {
    return actions$.pipe(
      ofType(ClientsApiActions.overviewLoaded, ClientsApiActions.overviewLoadFailed),
      concatMap((action) =>
        action.type === ClientsApiActions.overviewLoaded.type
          ? [
              ClientsApiActions.clientLoaded({ client: action.overview.client }),
              ClientsApiActions.historyLoaded({ id: action.overview.client.id, entries: action.overview.history }),
            ]
          : [ClientsApiActions.historyLoadFailed({ id: action.clientId, problem: action.problem })],
      ),
    );
  },
  { functional: true },
);

/** The history on the client page (the Overview's answer brings the first), on retry and after each change made there. */
export const loadHistory = createEffect(
  (actions$ = inject(Actions), clientsApi = inject(ClientsApi)) => {
    return actions$.pipe(
      ofType(ClientPageActions.historyRetryClicked, ClientsApiActions.clientSaved),
      // Edits are saved from the form, which then opens the client page (and so its history).
      filter((action) => action.type !== ClientsApiActions.clientSaved.type || action.edit.kind !== 'update'),
      map((action) => ('client' in action ? action.client.id : action.id)),
      switchMap((id) =>
        clientsApi.loadHistory(id).pipe(
          map((entries) => ClientsApiActions.historyLoaded({ id, entries })),
          catchError((error: unknown) => of(ClientsApiActions.historyLoadFailed({ id, problem: problemOf(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const createClient = createEffect(
  (actions$ = inject(Actions), clientsApi = inject(ClientsApi)) => {
    return actions$.pipe(
      ofType(ClientFormActions.createSubmitted),
      exhaustMap(({ request }) =>
        clientsApi.createClient(request).pipe(
          map((client) => ClientsApiActions.clientCreated({ client })),
          catchError((error: unknown) => of(ClientsApiActions.saveFailed({ problem: problemOf(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/**
 * Every change to an existing client carries the version it is based on. A 409 with `current`
 * means someone else saved first: the user then decides (conflict dialog), nothing is overwritten.
 */
export const saveClient = createEffect(
  (actions$ = inject(Actions), clientsApi = inject(ClientsApi)) => {
    return actions$.pipe(
      ofType(
        ClientFormActions.editSubmitted,
        StatusChangeDialogActions.submitted,
        ReassignDialogActions.submitted,
        ConflictDialogActions.reapplyClicked,
      ),
      concatMap(({ base, edit }) =>
        clientsApi.saveEdit(base, edit).pipe(
          map((client) => ClientsApiActions.clientSaved({ client, edit })),
          catchError((error: unknown) => {
            const { current, problem } = saveFailureOf<Client>(error);
            return of(
              current
                ? ClientsApiActions.saveConflicted({ conflict: { base, current, edit } })
                : ClientsApiActions.saveFailed({ problem }),
            );
          }),
        ),
      ),
    );
  },
  { functional: true },
);

export const showConflict = createEffect(
  (actions$ = inject(Actions), injector = inject(Injector)) => {
    return actions$.pipe(
      ofType(ClientsApiActions.saveConflicted),
      // Loaded on the first conflict: the dialog and Material's dialog stay out of the caseload's
      // first load (#18). One at a time, so a second conflict finds the first dialog open.
      concatMap(() => import('./conflict-dialog/conflict-dialog')),
      tap(({ showConflictDialog }) => showConflictDialog(injector)),
    );
  },
  { functional: true, dispatch: false },
);

/** After creating a client, or saving the client form, the client's page shows the result. */
export const showClientAfterSave = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) => {
    return actions$.pipe(
      ofType(ClientsApiActions.clientCreated, ClientsApiActions.clientSaved),
      filter((action) => action.type === ClientsApiActions.clientCreated.type || action.edit.kind === 'update'),
      tap(({ client }) => void router.navigate(['/clients', client.id])),
    );
  },
  { functional: true, dispatch: false },
);

export const confirmSave = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) => {
    return actions$.pipe(
      ofType(ClientsApiActions.clientCreated, ClientsApiActions.clientSaved),
      tap((action) =>
        void notifier.show(action.type === ClientsApiActions.clientCreated.type ? 'Client added.' : savedMessage(action.edit)),
      ),
    );
  },
  { functional: true, dispatch: false },
);

function savedMessage(edit: ClientEdit): string {
  switch (edit.kind) {
    case 'update':
      return 'Changes saved.';
    case 'status':
      return `Status changed to ${CLIENT_STATUSES[edit.status].toLowerCase()}.`;
    case 'reassign':
      return `Client reassigned to ${edit.therapistName}.`;
  }
}
