import { inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import type { Account } from '@domain/accounts/account';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, debounceTime, exhaustMap, filter, first, map, merge, mergeMap, of, switchMap, tap } from 'rxjs';
import { problemOf } from '../../core/errors/problem-of';
import { Notifier } from '../../core/layout/notifier';
import { saveFailureOf } from '../../shared/versioned-edits/save-failure';
import { SEARCH_DEBOUNCE_MS } from '../search-debounce';
import { AccountsApi } from './accounts-api';
import { AccountsApiActions } from './accounts-api.actions';
import { AccountsPageActions } from './accounts-page.actions';
import { accountsFeature } from './accounts.feature';
import { EditAccountDialogActions } from './edit-account-dialog.actions';
import { NewAccountDialogActions } from './new-account-dialog.actions';
import { openTemporaryPasswordDialog } from './temporary-password-dialog/temporary-password-dialog';
import { isStaleVersion } from '../../shared/versioned-edits/save-failure';

/**
 * Loads the page the query describes: when the page opens, the query changes, after every change
 * to an account (it may no longer match the filters), and after a stale-version conflict.
 */
export const loadAccounts = createEffect(
  (actions$ = inject(Actions), store = inject(Store), accountsApi = inject(AccountsApi)) => {
    return merge(
      actions$.pipe(ofType(AccountsPageActions.searchChanged), debounceTime(SEARCH_DEBOUNCE_MS)),
      actions$.pipe(
        ofType(
          AccountsPageActions.opened,
          AccountsPageActions.retryClicked,
          AccountsPageActions.pageChanged,
          AccountsPageActions.roleFilterChanged,
          AccountsPageActions.activeFilterChanged,
          AccountsApiActions.accountCreated,
          AccountsApiActions.accountUpdated,
          AccountsApiActions.statusChanged,
          AccountsApiActions.passwordReset,
        ),
      ),
      actions$.pipe(
        ofType(AccountsApiActions.accountUpdateFailed, AccountsApiActions.statusChangeFailed),
        filter(({ current }) => current !== null),
      ),
    ).pipe(
      switchMap(() => store.select(accountsFeature.selectQuery).pipe(first())),
      switchMap((query) =>
        accountsApi.list(query).pipe(
          map((page) => AccountsApiActions.accountsLoaded({ page })),
          catchError((error: unknown) => of(AccountsApiActions.accountsLoadFailed({ problem: problemOf(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

/** The team picker of the new/edit dialog: active supervisors. */
export const loadSupervisors = createEffect(
  (actions$ = inject(Actions), accountsApi = inject(AccountsApi)) => {
    return actions$.pipe(
      ofType(NewAccountDialogActions.opened, EditAccountDialogActions.opened),
      switchMap(() =>
        accountsApi.activeSupervisors().pipe(
          map((supervisors) => AccountsApiActions.supervisorsLoaded({ supervisors })),
          catchError((error: unknown) => of(AccountsApiActions.supervisorsLoadFailed({ problem: problemOf(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const createAccount = createEffect(
  (actions$ = inject(Actions), accountsApi = inject(AccountsApi)) => {
    return actions$.pipe(
      ofType(NewAccountDialogActions.submitted),
      exhaustMap(({ request }) =>
        accountsApi.create(request).pipe(
          map(({ temporaryPassword, ...account }) => AccountsApiActions.accountCreated({ account, temporaryPassword })),
          catchError((error: unknown) => of(AccountsApiActions.accountCreateFailed({ problem: problemOf(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const updateAccount = createEffect(
  (actions$ = inject(Actions), accountsApi = inject(AccountsApi)) => {
    return actions$.pipe(
      ofType(EditAccountDialogActions.submitted),
      exhaustMap(({ id, request }) =>
        accountsApi.update(id, request).pipe(
          map((account) => AccountsApiActions.accountUpdated({ account })),
          catchError((error: unknown) => {
            const { problem, current } = saveFailureOf<Account>(error);
            return of(AccountsApiActions.accountUpdateFailed({ problem, current }));
          }),
        ),
      ),
    );
  },
  { functional: true },
);

/** Deactivate or re-activate from the table: the account as listed, with `active` flipped. */
export const changeStatus = createEffect(
  (actions$ = inject(Actions), accountsApi = inject(AccountsApi)) => {
    return actions$.pipe(
      ofType(AccountsPageActions.deactivationConfirmed, AccountsPageActions.reactivationConfirmed),
      mergeMap(({ type, account }) => {
        const { name, role, supervisorId, version } = account;
        const active = type === AccountsPageActions.reactivationConfirmed.type;
        return accountsApi.update(account.id, { name, role, supervisorId, active, version }).pipe(
          map((changed) => AccountsApiActions.statusChanged({ account: changed })),
          catchError((error: unknown) => {
            const { problem, current } = saveFailureOf<Account>(error);
            return of(AccountsApiActions.statusChangeFailed({ account, problem, current }));
          }),
        );
      }),
    );
  },
  { functional: true },
);

export const resetPassword = createEffect(
  (actions$ = inject(Actions), accountsApi = inject(AccountsApi)) => {
    return actions$.pipe(
      ofType(AccountsPageActions.passwordResetConfirmed),
      mergeMap(({ account }) =>
        accountsApi.resetPassword(account.id).pipe(
          map(({ temporaryPassword }) => AccountsApiActions.passwordReset({ account, temporaryPassword })),
          catchError((error: unknown) => of(AccountsApiActions.passwordResetFailed({ account, problem: problemOf(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const resetTwoFactor = createEffect(
  (actions$ = inject(Actions), accountsApi = inject(AccountsApi)) => {
    return actions$.pipe(
      ofType(AccountsPageActions.twoFactorResetConfirmed),
      mergeMap(({ account }) =>
        accountsApi.resetTwoFactor(account.id).pipe(
          map(() => AccountsApiActions.twoFactorReset({ account })),
          catchError((error: unknown) => of(AccountsApiActions.twoFactorResetFailed({ account, problem: problemOf(error) }))),
        ),
      ),
    );
  },
  { functional: true },
);

export const confirmTwoFactorReset = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) => {
    return actions$.pipe(
      ofType(AccountsApiActions.twoFactorReset),
      tap(({ account }) => void notifier.show(`${account.name}'s two-factor sign-in is reset. They set it up again at their next sign-in.`)),
    );
  },
  { functional: true, dispatch: false },
);

/** The temporary password is shown once, in a dialog, and kept nowhere. */
export const showTemporaryPassword = createEffect(
  (actions$ = inject(Actions), dialog = inject(MatDialog)) => {
    return actions$.pipe(
      ofType(AccountsApiActions.accountCreated, AccountsApiActions.passwordReset),
      tap(({ type, account, temporaryPassword }) =>
        openTemporaryPasswordDialog(dialog, {
          name: account.name,
          email: account.email,
          temporaryPassword,
          reason: type === AccountsApiActions.accountCreated.type ? 'created' : 'reset',
        }),
      ),
    );
  },
  { functional: true, dispatch: false },
);

export const confirmChange = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) => {
    return actions$.pipe(
      ofType(AccountsApiActions.accountUpdated, AccountsApiActions.statusChanged),
      tap(({ type, account }) =>
        void notifier.show(
          type === AccountsApiActions.accountUpdated.type
            ? `Changes to ${account.name}'s account saved.`
            : `${account.name}'s account is ${account.active ? 're-activated' : 'deactivated'}.`,
        ),
      ),
    );
  },
  { functional: true, dispatch: false },
);

/** Row actions have no form to show a problem on: the snack bar says what went wrong and why. */
export const explainRowActionFailure = createEffect(
  (actions$ = inject(Actions), notifier = inject(Notifier)) => {
    return actions$.pipe(
      ofType(AccountsApiActions.statusChangeFailed, AccountsApiActions.passwordResetFailed, AccountsApiActions.twoFactorResetFailed),
      tap((action) => {
        const what =
          action.type === AccountsApiActions.passwordResetFailed.type
            ? 'reset the password of'
            : action.type === AccountsApiActions.twoFactorResetFailed.type
              ? 'reset two-factor sign-in of'
              : action.account.active
              ? 'deactivate'
              : 're-activate';
        void notifier.show(`Could not ${what} ${action.account.name}: ${reasonOf(action.problem, action.type)}`, 'assertive');
      }),
    );
  },
  { functional: true, dispatch: false },
);

function reasonOf(problem: ProblemDocument, type: string): string {
  if (type === AccountsApiActions.statusChangeFailed.type && isStaleVersion(problem)) {
    return 'someone else changed this account in the meantime. The list now shows its current details; try again.';
  }
  const fieldMessages = problem.errors?.map(({ message }) => message) ?? [];
  return fieldMessages.length > 0 ? fieldMessages.join(' ') : (problem.detail ?? problem.title);
}

