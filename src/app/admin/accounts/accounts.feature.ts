import type { Account } from '@domain/accounts/account';
import type { AccountListQuery } from '@domain/accounts/account-requests';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { LoadStatus, SaveStatus } from '../../shared/state/request-status';
import { AccountsApiActions } from './accounts-api.actions';
import { AccountsPageActions } from './accounts-page.actions';
import { EditAccountDialogActions } from './edit-account-dialog.actions';
import { NewAccountDialogActions } from './new-account-dialog.actions';
import { isStaleVersion } from '../../shared/versioned-edits/save-failure';

export const DEFAULT_ACCOUNTS_QUERY: AccountListQuery = { page: 1, pageSize: 25, search: '', role: 'all', active: 'all' };

/**
 * The accounts table's page, in the order the server sorted it (by name), and the state of the
 * new/edit dialog (one is open at a time). Search text lives here, never in the URL: it holds names.
 */
export interface AccountsState extends EntityState<Account> {
  readonly query: AccountListQuery;
  readonly total: number;
  readonly loadStatus: LoadStatus;
  readonly loadError: ProblemDocument | null;
  readonly supervisors: readonly Account[];
  readonly supervisorsStatus: LoadStatus;
  readonly dialogStatus: SaveStatus;
  readonly dialogError: ProblemDocument | null;
  /** Accounts whose deactivation, re-activation or password reset is on its way. */
  readonly busyIds: readonly string[];
}

export const accountsAdapter = createEntityAdapter<Account>();

export const initialAccountsState: AccountsState = accountsAdapter.getInitialState({
  query: DEFAULT_ACCOUNTS_QUERY,
  total: 0,
  loadStatus: 'idle',
  loadError: null,
  supervisors: [],
  supervisorsStatus: 'idle',
  dialogStatus: 'idle',
  dialogError: null,
  busyIds: [],
});

const loading = (state: AccountsState): AccountsState => ({ ...state, loadStatus: 'loading', loadError: null });

/** A new search or filter starts again at the first page: the old page may not exist any more. */
const requery = (state: AccountsState, changes: Partial<AccountListQuery>): AccountsState =>
  loading({ ...state, query: { ...state.query, page: 1, ...changes } });

const notBusy = (state: AccountsState, id: string): AccountsState => ({
  ...state,
  busyIds: state.busyIds.filter((busyId) => busyId !== id),
});

export const accountsFeature = createFeature({
  name: 'accounts',
  reducer: createReducer(
    initialAccountsState,
    on(AccountsPageActions.opened, AccountsPageActions.retryClicked, (state): AccountsState => loading(state)),
    on(
      AccountsPageActions.pageChanged,
      (state, { page, pageSize }): AccountsState => loading({ ...state, query: { ...state.query, page, pageSize } }),
    ),
    on(AccountsPageActions.searchChanged, (state, { search }): AccountsState => requery(state, { search })),
    on(AccountsPageActions.roleFilterChanged, (state, { role }): AccountsState => requery(state, { role })),
    on(AccountsPageActions.activeFilterChanged, (state, { active }): AccountsState => requery(state, { active })),
    on(
      AccountsApiActions.accountsLoaded,
      (state, { page }): AccountsState =>
        accountsAdapter.setAll([...page.items], { ...state, total: page.total, loadStatus: 'loaded', loadError: null }),
    ),
    on(
      AccountsApiActions.accountsLoadFailed,
      (state, { problem }): AccountsState => ({ ...state, loadStatus: 'failed', loadError: problem }),
    ),

    on(
      NewAccountDialogActions.opened,
      EditAccountDialogActions.opened,
      (state): AccountsState => ({ ...state, dialogStatus: 'idle', dialogError: null, supervisorsStatus: 'loading' }),
    ),
    on(
      AccountsApiActions.supervisorsLoaded,
      (state, { supervisors }): AccountsState => ({ ...state, supervisors, supervisorsStatus: 'loaded' }),
    ),
    on(AccountsApiActions.supervisorsLoadFailed, (state): AccountsState => ({ ...state, supervisorsStatus: 'failed' })),
    on(
      NewAccountDialogActions.submitted,
      EditAccountDialogActions.submitted,
      (state): AccountsState => ({ ...state, dialogStatus: 'saving', dialogError: null }),
    ),
    on(AccountsApiActions.accountCreated, (state): AccountsState => ({ ...state, dialogStatus: 'saved', dialogError: null })),
    on(
      AccountsApiActions.accountCreateFailed,
      (state, { problem }): AccountsState => ({ ...state, dialogStatus: 'failed', dialogError: problem }),
    ),
    on(
      AccountsApiActions.accountUpdated,
      (state, { account }): AccountsState =>
        accountsAdapter.upsertOne(account, { ...state, dialogStatus: 'saved', dialogError: null }),
    ),
    on(AccountsApiActions.accountUpdateFailed, (state, { problem, current }): AccountsState => {
      const failed: AccountsState = { ...state, dialogStatus: 'failed', dialogError: problem };
      return current ? accountsAdapter.upsertOne(current, failed) : failed;
    }),

    on(
      AccountsPageActions.deactivationConfirmed,
      AccountsPageActions.reactivationConfirmed,
      AccountsPageActions.passwordResetConfirmed,
      AccountsPageActions.twoFactorResetConfirmed,
      (state, { account }): AccountsState => ({ ...state, busyIds: [...state.busyIds, account.id] }),
    ),
    on(AccountsApiActions.statusChanged, (state, { account }): AccountsState =>
      accountsAdapter.upsertOne(account, notBusy(state, account.id)),
    ),
    on(AccountsApiActions.statusChangeFailed, (state, { account, current }): AccountsState => {
      const settled = notBusy(state, account.id);
      return current ? accountsAdapter.upsertOne(current, settled) : settled;
    }),
    on(
      AccountsApiActions.passwordReset,
      (state, { account }): AccountsState =>
        accountsAdapter.updateOne({ id: account.id, changes: { mustChangePassword: true } }, notBusy(state, account.id)),
    ),
    on(
      AccountsApiActions.passwordResetFailed,
      AccountsApiActions.twoFactorReset,
      AccountsApiActions.twoFactorResetFailed,
      (state, { account }): AccountsState => notBusy(state, account.id),
    ),
  ),
  extraSelectors: ({
    selectAccountsState,
    selectQuery,
    selectTotal,
    selectLoadStatus,
    selectLoadError,
    selectBusyIds,
    selectSupervisors,
    selectSupervisorsStatus,
    selectDialogStatus,
    selectDialogError,
  }) => {
    const { selectAll } = accountsAdapter.getSelectors();
    const selectAccounts = createSelector(selectAccountsState, selectAll);
    return {
      selectAccounts,
      selectPageViewModel: createSelector(
        selectAccounts,
        selectQuery,
        selectTotal,
        selectLoadStatus,
        selectLoadError,
        selectBusyIds,
        (accounts, query, total, loadStatus, error, busyIds) => ({
          accounts,
          query,
          total,
          loading: loadStatus === 'loading',
          error: loadStatus === 'failed' ? error : null,
          empty: loadStatus === 'loaded' && accounts.length === 0,
          busyIds,
        }),
      ),
      selectDialogViewModel: createSelector(
        selectSupervisors,
        selectSupervisorsStatus,
        selectDialogStatus,
        selectDialogError,
        (supervisors, supervisorsStatus, dialogStatus, error) => ({
          supervisors,
          supervisorsLoading: supervisorsStatus === 'loading',
          supervisorsFailed: supervisorsStatus === 'failed',
          saving: dialogStatus === 'saving',
          saved: dialogStatus === 'saved',
          error: dialogStatus === 'failed' ? error : null,
          /** Someone else saved first (a 409 that names no field): the edit dialog starts over from theirs. */
          stale: dialogStatus === 'failed' && isStaleVersion(error),
        }),
      ),
    };
  },
});
