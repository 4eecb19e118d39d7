import type { Account } from '@domain/accounts/account';
import type { AccountListQuery } from '@domain/accounts/account-requests';
import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const AccountsPageActions = createActionGroup({
  source: 'Accounts Page',
  events: {
    Opened: emptyProps(),
    'Page Changed': props<{ page: number; pageSize: number }>(),
    'Search Changed': props<{ search: string }>(),
    'Role Filter Changed': props<{ role: AccountListQuery['role'] }>(),
    'Active Filter Changed': props<{ active: AccountListQuery['active'] }>(),
    'Retry Clicked': emptyProps(),
    'Deactivation Confirmed': props<{ account: Account }>(),
    'Reactivation Confirmed': props<{ account: Account }>(),
    'Password Reset Confirmed': props<{ account: Account }>(),
    'Two Factor Reset Confirmed': props<{ account: Account }>(),
  },
});
