import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { Account } from '@domain/accounts/account';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { provideMockStore } from '@ngrx/store/testing';
import { firstValueFrom, of, Subject, throwError, type Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { Notifier } from '../../core/layout/notifier';
import { accountsStateWith, accountWith, problemWith, SUPERVISORS } from '../testing/admin-fixtures';
import { AccountsApi } from './accounts-api';
import { AccountsApiActions } from './accounts-api.actions';
import { AccountsPageActions } from './accounts-page.actions';
import * as effects from './accounts.effects';
import { DEFAULT_ACCOUNTS_QUERY } from './accounts.feature';
import { EditAccountDialogActions } from './edit-account-dialog.actions';
import { NewAccountDialogActions } from './new-account-dialog.actions';
import { TemporaryPasswordDialog } from './temporary-password-dialog/temporary-password-dialog';

describe('accounts effects', () => {
  let actions$: Observable<Action>;
  let accountsApi: jasmine.SpyObj<AccountsApi>;
  let dialog: jasmine.SpyObj<MatDialog>;
  let notifier: jasmine.SpyObj<Notifier>;
  const tess = accountWith();
  const query = { ...DEFAULT_ACCOUNTS_QUERY, role: 'therapist' as const, search: 'tes' };
  const page = { items: [tess], page: 1, pageSize: 25, total: 1 };

  beforeEach(() => {
    accountsApi = jasmine.createSpyObj<AccountsApi>('AccountsApi', ['list', 'activeSupervisors', 'everyone', 'create', 'update', 'resetPassword']);
    dialog = jasmine.createSpyObj<MatDialog>('MatDialog', ['open']);
    notifier = jasmine.createSpyObj<Notifier>('Notifier', ['show']);
    notifier.show.and.resolveTo();
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        provideMockStore({ initialState: { accounts: accountsStateWith({ query }) } }),
        { provide: AccountsApi, useValue: accountsApi },
        { provide: MatDialog, useValue: dialog },
        { provide: Notifier, useValue: notifier },
      ],
    });
  });

  const run = <T>(effect: () => Observable<T>): Observable<T> => TestBed.runInInjectionContext(effect);
  const httpError = (status: number, error: unknown) => new HttpErrorResponse({ status, error });

  describe('loadAccounts', () => {
    it('loads the page the query in the store describes', async () => {
      actions$ = of(AccountsPageActions.opened());
      accountsApi.list.and.returnValue(of(page));

      expect(await firstValueFrom(run(effects.loadAccounts))).toEqual(AccountsApiActions.accountsLoaded({ page }));
      expect(accountsApi.list).toHaveBeenCalledOnceWith(query);
    });

    it('passes on the problem of a failed load', async () => {
      const problem = problemWith(503, { detail: 'Try again shortly.' });
      actions$ = of(AccountsPageActions.retryClicked());
      accountsApi.list.and.returnValue(throwError(() => httpError(503, problem)));

      expect(await firstValueFrom(run(effects.loadAccounts))).toEqual(AccountsApiActions.accountsLoadFailed({ problem }));
    });

    it('waits for a pause in typing before searching, and only the last search counts', () => {
      new TestScheduler((actual, expected) => expect(actual).toEqual(expected)).run(({ hot, cold, expectObservable }) => {
        actions$ = hot('-a 100ms b', {
          a: AccountsPageActions.searchChanged({ search: 'te' }),
          b: AccountsPageActions.searchChanged({ search: 'tes' }),
        });
        accountsApi.list.and.returnValue(cold('-p|', { p: page }));

        expectObservable(run(effects.loadAccounts)).toBe('- 100ms - 300ms -l', { l: AccountsApiActions.accountsLoaded({ page }) });
      });
      expect(accountsApi.list).toHaveBeenCalledTimes(1);
    });

    it('reloads after a stale-version conflict, not after a clinic-rule conflict', () => {
      const rule = problemWith(409, { errors: [{ field: 'role', message: 'Reassign this therapist’s 3 open client(s) first.' }] });
      new TestScheduler((actual, expected) => expect(actual).toEqual(expected)).run(({ hot, cold, expectObservable }) => {
        actions$ = hot('-r-s', {
          r: AccountsApiActions.accountUpdateFailed({ problem: rule, current: null }),
          s: AccountsApiActions.accountUpdateFailed({ problem: problemWith(409), current: tess }),
        });
        accountsApi.list.and.returnValue(cold('p|', { p: page }));

        expectObservable(run(effects.loadAccounts)).toBe('---l', { l: AccountsApiActions.accountsLoaded({ page }) });
      });
    });
  });

  it('loads the active supervisors when a dialog opens', async () => {
    actions$ = of(EditAccountDialogActions.opened());
    accountsApi.activeSupervisors.and.returnValue(of(SUPERVISORS));

    expect(await firstValueFrom(run(effects.loadSupervisors))).toEqual(AccountsApiActions.supervisorsLoaded({ supervisors: SUPERVISORS }));
  });

  it('creates an account and keeps its temporary password apart from the account', async () => {
    const request = { name: 'Tess Therapist', email: 'tess@clinic.example', role: 'therapist' as const, supervisorId: tess.supervisorId };
    actions$ = of(NewAccountDialogActions.submitted({ request }));
    accountsApi.create.and.returnValue(of({ ...tess, temporaryPassword: 'temp-once-123' }));

    expect(await firstValueFrom(run(effects.createAccount))).toEqual(
      AccountsApiActions.accountCreated({ account: tess, temporaryPassword: 'temp-once-123' }),
    );
    expect(accountsApi.create).toHaveBeenCalledOnceWith(request);
  });

  it('passes on a duplicate email with its field error', async () => {
    const problem = problemWith(409, { errors: [{ field: 'email', message: 'An account with this email exists.' }] });
    actions$ = of(NewAccountDialogActions.submitted({ request: { name: 'A', email: 'a@b.org', role: 'admin', supervisorId: null } }));
    accountsApi.create.and.returnValue(throwError(() => httpError(409, problem)));

    expect(await firstValueFrom(run(effects.createAccount))).toEqual(AccountsApiActions.accountCreateFailed({ problem }));
  });

  describe('updateAccount', () => {
    const request = { name: 'Tess T.', role: 'therapist' as const, supervisorId: tess.supervisorId, active: true, version: 2 };

    it('saves the edit', async () => {
      const saved = accountWith({ name: 'Tess T.', version: 3 });
      actions$ = of(EditAccountDialogActions.submitted({ id: tess.id, request }));
      accountsApi.update.and.returnValue(of(saved));

      expect(await firstValueFrom(run(effects.updateAccount))).toEqual(AccountsApiActions.accountUpdated({ account: saved }));
      expect(accountsApi.update).toHaveBeenCalledOnceWith(tess.id, request);
    });

    it('separates the current account from a stale-version problem', async () => {
      const current = accountWith({ name: 'Changed Elsewhere', version: 4 });
      const problem = problemWith(409, { title: 'Changed by someone else', detail: 'This record was changed after you opened it.' });
      actions$ = of(EditAccountDialogActions.submitted({ id: tess.id, request }));
      accountsApi.update.and.returnValue(throwError(() => httpError(409, { ...problem, current })));

      expect(await firstValueFrom(run(effects.updateAccount))).toEqual(AccountsApiActions.accountUpdateFailed({ problem, current }));
    });
  });

  it('deactivates the account as listed, with its version', async () => {
    const inactive = accountWith({ active: false, version: 3 });
    actions$ = of(AccountsPageActions.deactivationConfirmed({ account: tess }));
    accountsApi.update.and.returnValue(of(inactive));

    expect(await firstValueFrom(run(effects.changeStatus))).toEqual(AccountsApiActions.statusChanged({ account: inactive }));
    expect(accountsApi.update).toHaveBeenCalledOnceWith(tess.id, {
      name: tess.name,
      role: tess.role,
      supervisorId: tess.supervisorId,
      active: false,
      version: tess.version,
    });
  });

  it('re-activates an inactive account', async () => {
    const inactive = accountWith({ active: false });
    actions$ = of(AccountsPageActions.reactivationConfirmed({ account: inactive }));
    accountsApi.update.and.returnValue(of(tess));

    await firstValueFrom(run(effects.changeStatus));

    expect(accountsApi.update.calls.mostRecent().args[1].active).toBeTrue();
  });

  it('resets a password', async () => {
    actions$ = of(AccountsPageActions.passwordResetConfirmed({ account: tess }));
    accountsApi.resetPassword.and.returnValue(of({ temporaryPassword: 'temp-once-456' }));

    expect(await firstValueFrom(run(effects.resetPassword))).toEqual(
      AccountsApiActions.passwordReset({ account: tess, temporaryPassword: 'temp-once-456' }),
    );
    expect(accountsApi.resetPassword).toHaveBeenCalledOnceWith(tess.id);
  });

  it('shows the temporary password of a new account once, in its dialog', async () => {
    actions$ = of(AccountsApiActions.accountCreated({ account: tess, temporaryPassword: 'temp-once-123' }));

    await firstValueFrom(run(effects.showTemporaryPassword));

    expect(dialog.open).toHaveBeenCalledOnceWith(
      TemporaryPasswordDialog,
      jasmine.objectContaining({
        disableClose: true,
        data: { name: tess.name, email: tess.email, temporaryPassword: 'temp-once-123', reason: 'created' },
      }),
    );
  });

  it('explains why a row action failed, with the clinic rule it would break', async () => {
    const problem = problemWith(409, {
      detail: 'This change would break a clinic rule.',
      errors: [{ field: 'active', message: "Reassign this therapist's 12 open client(s) first." }],
    });
    actions$ = of(AccountsApiActions.statusChangeFailed({ account: tess, problem, current: null }));

    await firstValueFrom(run(effects.explainRowActionFailure));

    expect(notifier.show).toHaveBeenCalledOnceWith(
      "Could not deactivate Tess Therapist: Reassign this therapist's 12 open client(s) first.",
      'assertive',
    );
  });

  it('explains a stale version on a row action', async () => {
    const inactive: Account = accountWith({ active: false });
    actions$ = of(AccountsApiActions.statusChangeFailed({ account: inactive, problem: problemWith(409), current: tess }));

    await firstValueFrom(run(effects.explainRowActionFailure));

    expect(notifier.show.calls.mostRecent().args[0]).toBe(
      'Could not re-activate Tess Therapist: someone else changed this account in the meantime. The list now shows its current details; try again.',
    );
  });

  it('confirms a deactivation', async () => {
    actions$ = of(AccountsApiActions.statusChanged({ account: accountWith({ active: false }) }));

    await firstValueFrom(run(effects.confirmChange));

    expect(notifier.show).toHaveBeenCalledOnceWith("Tess Therapist's account is deactivated.");
  });

  it('does nothing on actions it does not handle', () => {
    const subject = new Subject<Action>();
    actions$ = subject;
    const emitted: Action[] = [];
    run(effects.createAccount).subscribe((action) => emitted.push(action));

    subject.next(AccountsPageActions.opened());

    expect(emitted).toEqual([]);
    expect(accountsApi.create).not.toHaveBeenCalled();
  });
});
