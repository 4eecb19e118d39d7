import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel, MatPrefix } from '@angular/material/form-field';
import { Icon } from '../../../shared/icon/icon';
import { MatInput } from '@angular/material/input';
import { MatMenu, MatMenuContent, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { Pager, type PageChange } from '../../../shared/pager/pager';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import type { Account } from '@domain/accounts/account';
import type { AccountListQuery } from '@domain/accounts/account-requests';
import { ROLE_LABELS, type Role } from '@domain/accounts/role';
import { PAGE_SIZES } from '@domain/common/page';
import { Store } from '@ngrx/store';
import { filter } from 'rxjs';
import { authFeature } from '../../../core/auth/auth.feature';
import { EmptyState } from '../../../shared/empty-state/empty-state';
import { confirmAction } from '../../../shared/confirm-dialog/confirm-dialog';
import { AccountsPageActions } from '../accounts-page.actions';
import { accountsFeature } from '../accounts.feature';
import { openEditAccountDialog } from '../edit-account-dialog/edit-account-dialog';
import { openNewAccountDialog } from '../new-account-dialog/new-account-dialog';
import { ROLE_OPTIONS } from '../role-options';

interface ActiveOption {
  readonly value: AccountListQuery['active'];
  readonly label: string;
}

/** Accounts and teams: create, edit, deactivate or re-activate, reset a forgotten password. */
@Component({
  selector: 'app-accounts-page',
  imports: [
    MatTableModule,
    Pager,
    MatProgressBar,
    MatFormField,
    MatLabel,
    MatPrefix,
    MatInput,
    MatSelect,
    MatOption,
    MatButton,
    MatIconButton,
    Icon,
    MatMenu,
    MatMenuItem,
    MatMenuTrigger,
    MatMenuContent,
    EmptyState,
  ],
  templateUrl: './accounts-page.html',
  styleUrl: './accounts-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AccountsPage {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);

  protected readonly viewModel = this.store.selectSignal(accountsFeature.selectPageViewModel);
  protected readonly signedInUser = this.store.selectSignal(authFeature.selectUser);
  protected readonly roleLabel = (role: Role) => ROLE_LABELS[role];
  protected readonly roleOptions = ROLE_OPTIONS;
  protected readonly activeOptions: readonly ActiveOption[] = [
    { value: 'all', label: 'Active and inactive' },
    { value: 'true', label: 'Active' },
    { value: 'false', label: 'Inactive' },
  ];
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly columns = ['name', 'email', 'role', 'team', 'status', 'actions'];
  protected readonly trackById = (_index: number, account: Account) => account.id;

  constructor() {
    this.store.dispatch(AccountsPageActions.opened());
  }

  protected search(event: Event): void {
    this.store.dispatch(AccountsPageActions.searchChanged({ search: (event.target as HTMLInputElement).value }));
  }

  protected filterByRole(role: AccountListQuery['role']): void {
    this.store.dispatch(AccountsPageActions.roleFilterChanged({ role }));
  }

  protected filterByActive(active: AccountListQuery['active']): void {
    this.store.dispatch(AccountsPageActions.activeFilterChanged({ active }));
  }

  protected changePage({ pageIndex, pageSize }: PageChange): void {
    this.store.dispatch(AccountsPageActions.pageChanged({ page: pageIndex + 1, pageSize }));
  }

  protected retry(): void {
    this.store.dispatch(AccountsPageActions.retryClicked());
  }

  protected newAccount(): void {
    openNewAccountDialog(this.dialog);
  }

  protected edit(account: Account): void {
    openEditAccountDialog(this.dialog, account);
  }

  protected deactivate(account: Account): void {
    confirmAction(this.dialog, {
      title: `Deactivate ${account.name}?`,
      message: `${account.name} is signed out at once and can no longer sign in. Their records and history stay, and you can re-activate the account later.`,
      confirmLabel: 'Deactivate',
    })
      .pipe(filter(Boolean))
      .subscribe(() => this.store.dispatch(AccountsPageActions.deactivationConfirmed({ account })));
  }

  protected reactivate(account: Account): void {
    confirmAction(this.dialog, {
      title: `Re-activate ${account.name}?`,
      message: `${account.name} can sign in again with their current password.`,
      confirmLabel: 'Re-activate',
    })
      .pipe(filter(Boolean))
      .subscribe(() => this.store.dispatch(AccountsPageActions.reactivationConfirmed({ account })));
  }

  protected resetPassword(account: Account): void {
    confirmAction(this.dialog, {
      title: `Reset ${account.name}'s password?`,
      message: `Their current password stops working and their open sessions end. You will see a temporary password once; ${account.name} must change it at first sign-in.`,
      confirmLabel: 'Reset password',
    })
      .pipe(filter(Boolean))
      .subscribe(() => this.store.dispatch(AccountsPageActions.passwordResetConfirmed({ account })));
  }

  protected resetTwoFactor(account: Account): void {
    confirmAction(this.dialog, {
      title: `Reset ${account.name}'s two-factor sign-in?`,
      message: `Their authenticator app and recovery codes stop working and their open sessions end. At their next sign-in they set up two-factor sign-in again if the clinic requires it. Do this only after checking who is asking, e.g. in person.`,
      confirmLabel: 'Reset two-factor',
    })
      .pipe(filter(Boolean))
      .subscribe(() => this.store.dispatch(AccountsPageActions.twoFactorResetConfirmed({ account })));
  }
}
