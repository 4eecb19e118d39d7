import { accountsStateWith, accountWith, problemWith, SUPERVISORS } from '../testing/admin-fixtures';
import { AccountsApiActions } from './accounts-api.actions';
import { AccountsPageActions } from './accounts-page.actions';
import { accountsFeature, DEFAULT_ACCOUNTS_QUERY, initialAccountsState, type AccountsState } from './accounts.feature';
import { EditAccountDialogActions } from './edit-account-dialog.actions';
import { NewAccountDialogActions } from './new-account-dialog.actions';

const { reducer } = accountsFeature;
const tess = accountWith();
const ada = accountWith({ id: '0190a1b2-2222-7000-8000-0000000000ad', name: 'Ada Admin', role: 'admin', supervisorId: null, supervisorName: null });
const loaded = accountsStateWith({ loadStatus: 'loaded', total: 2 }, [ada, tess]);

describe('accounts reducer', () => {
  it('starts empty and loads when the page opens', () => {
    expect(reducer(undefined, { type: '@@init' })).toEqual(initialAccountsState);
    expect(reducer(initialAccountsState, AccountsPageActions.opened())).toEqual({ ...initialAccountsState, loadStatus: 'loading' });
  });

  it('keeps the server order of a loaded page and its total', () => {
    const state = reducer(
      { ...initialAccountsState, loadStatus: 'loading' },
      AccountsApiActions.accountsLoaded({ page: { items: [tess, ada], page: 1, pageSize: 25, total: 27 } }),
    );

    expect(state).toEqual(accountsStateWith({ loadStatus: 'loaded', total: 27 }, [tess, ada]));
  });

  it('keeps the error of a failed load and clears it on retry', () => {
    const problem = problemWith(500);
    const failed = reducer({ ...loaded, loadStatus: 'loading' }, AccountsApiActions.accountsLoadFailed({ problem }));

    expect(failed).toEqual({ ...loaded, loadStatus: 'failed', loadError: problem });
    expect(reducer(failed, AccountsPageActions.retryClicked())).toEqual({ ...loaded, loadStatus: 'loading' });
  });

  it('goes back to the first page when the search or a filter changes', () => {
    const onPage3: AccountsState = { ...loaded, query: { ...DEFAULT_ACCOUNTS_QUERY, page: 3 } };

    expect(reducer(onPage3, AccountsPageActions.searchChanged({ search: 'tess' })).query).toEqual({
      ...DEFAULT_ACCOUNTS_QUERY,
      search: 'tess',
    });
    expect(reducer(onPage3, AccountsPageActions.roleFilterChanged({ role: 'supervisor' }))).toEqual({
      ...onPage3,
      query: { ...DEFAULT_ACCOUNTS_QUERY, role: 'supervisor' },
      loadStatus: 'loading',
    });
    expect(reducer(onPage3, AccountsPageActions.activeFilterChanged({ active: 'false' })).query).toEqual({
      ...DEFAULT_ACCOUNTS_QUERY,
      active: 'false',
    });
  });

  it('changes page and page size', () => {
    expect(reducer(loaded, AccountsPageActions.pageChanged({ page: 2, pageSize: 50 }))).toEqual({
      ...loaded,
      query: { ...DEFAULT_ACCOUNTS_QUERY, page: 2, pageSize: 50 },
      loadStatus: 'loading',
    });
  });

  it('resets the dialog and loads the supervisors when a dialog opens', () => {
    const afterFailure: AccountsState = { ...loaded, dialogStatus: 'failed', dialogError: problemWith(409) };

    expect(reducer(afterFailure, NewAccountDialogActions.opened())).toEqual({ ...loaded, supervisorsStatus: 'loading' });
    expect(reducer(afterFailure, EditAccountDialogActions.opened())).toEqual({ ...loaded, supervisorsStatus: 'loading' });
    expect(reducer({ ...loaded, supervisorsStatus: 'loading' }, AccountsApiActions.supervisorsLoaded({ supervisors: SUPERVISORS }))).toEqual({
      ...loaded,
      supervisors: SUPERVISORS,
      supervisorsStatus: 'loaded',
    });
  });

  it('tracks creating an account without keeping the temporary password', () => {
    const saving = reducer(loaded, NewAccountDialogActions.submitted({
      request: { name: 'New Person', email: 'new@clinic.example', role: 'admin', supervisorId: null },
    }));
    const created = reducer(saving, AccountsApiActions.accountCreated({ account: ada, temporaryPassword: 'secret-once' }));

    expect(saving).toEqual({ ...loaded, dialogStatus: 'saving' });
    expect(created).toEqual({ ...loaded, dialogStatus: 'saved' });
    expect(JSON.stringify(created)).not.toContain('secret-once');
  });

  it('keeps a refused creation for the dialog to show', () => {
    const problem = problemWith(409, { errors: [{ field: 'email', message: 'An account with this email exists.' }] });

    expect(reducer({ ...loaded, dialogStatus: 'saving' }, AccountsApiActions.accountCreateFailed({ problem }))).toEqual({
      ...loaded,
      dialogStatus: 'failed',
      dialogError: problem,
    });
  });

  it('puts an updated account in place', () => {
    const renamed = accountWith({ name: 'Tess Renamed', version: 3 });

    expect(reducer({ ...loaded, dialogStatus: 'saving' }, AccountsApiActions.accountUpdated({ account: renamed }))).toEqual(
      accountsStateWith({ loadStatus: 'loaded', total: 2, dialogStatus: 'saved' }, [ada, renamed]),
    );
  });

  it('takes the current account from a stale-version conflict', () => {
    const problem = problemWith(409, { title: 'Changed by someone else' });
    const current = accountWith({ name: 'Changed Elsewhere', version: 5 });

    expect(reducer({ ...loaded, dialogStatus: 'saving' }, AccountsApiActions.accountUpdateFailed({ problem, current }))).toEqual(
      accountsStateWith({ loadStatus: 'loaded', total: 2, dialogStatus: 'failed', dialogError: problem }, [ada, current]),
    );
  });

  it('marks a row busy while it is deactivated and settles it after', () => {
    const busy = reducer(loaded, AccountsPageActions.deactivationConfirmed({ account: tess }));
    const inactive = accountWith({ active: false, version: 3 });

    expect(busy).toEqual({ ...loaded, busyIds: [tess.id] });
    expect(reducer(busy, AccountsApiActions.statusChanged({ account: inactive }))).toEqual(
      accountsStateWith({ loadStatus: 'loaded', total: 2 }, [ada, inactive]),
    );
    expect(reducer(busy, AccountsApiActions.statusChangeFailed({ account: tess, problem: problemWith(409), current: null }))).toEqual(loaded);
  });

  it('marks the account as having to change its password after a reset', () => {
    const busy = reducer(loaded, AccountsPageActions.passwordResetConfirmed({ account: tess }));

    expect(reducer(busy, AccountsApiActions.passwordReset({ account: tess, temporaryPassword: 'secret-once' }))).toEqual(
      accountsStateWith({ loadStatus: 'loaded', total: 2 }, [ada, { ...tess, mustChangePassword: true }]),
    );
    expect(reducer(busy, AccountsApiActions.passwordResetFailed({ account: tess, problem: problemWith(404) }))).toEqual(loaded);
  });

  describe('selectors', () => {
    it('describes the page: rows, loading, empty and error', () => {
      expect(accountsFeature.selectPageViewModel.projector([tess], DEFAULT_ACCOUNTS_QUERY, 1, 'loaded', null, [])).toEqual({
        accounts: [tess],
        query: DEFAULT_ACCOUNTS_QUERY,
        total: 1,
        loading: false,
        error: null,
        empty: false,
        busyIds: [],
      });
      expect(accountsFeature.selectPageViewModel.projector([], DEFAULT_ACCOUNTS_QUERY, 0, 'loaded', null, []).empty).toBeTrue();
      expect(accountsFeature.selectPageViewModel.projector([], DEFAULT_ACCOUNTS_QUERY, 0, 'loading', null, []).empty).toBeFalse();
      const problem = problemWith(500);
      expect(accountsFeature.selectPageViewModel.projector([], DEFAULT_ACCOUNTS_QUERY, 0, 'failed', problem, []).error).toBe(problem);
    });

    it('tells a stale-version conflict from a rule conflict', () => {
      const stale = problemWith(409, { title: 'Changed by someone else' });
      const rule = problemWith(409, { errors: [{ field: 'active', message: 'The clinic needs at least one active administrator.' }] });

      expect(accountsFeature.selectDialogViewModel.projector([], 'loaded', 'failed', stale).stale).toBeTrue();
      expect(accountsFeature.selectDialogViewModel.projector([], 'loaded', 'failed', rule).stale).toBeFalse();
      expect(accountsFeature.selectDialogViewModel.projector(SUPERVISORS, 'loaded', 'saving', null)).toEqual({
        supervisors: SUPERVISORS,
        supervisorsLoading: false,
        supervisorsFailed: false,
        saving: true,
        saved: false,
        error: null,
        stale: false,
      });
    });
  });
});
