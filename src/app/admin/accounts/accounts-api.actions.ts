import type { Account } from '@domain/accounts/account';
import type { Page } from '@domain/common/page';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { createActionGroup, props } from '@ngrx/store';

export const AccountsApiActions = createActionGroup({
  source: 'Accounts API',
  events: {
    'Accounts Loaded': props<{ page: Page<Account> }>(),
    'Accounts Load Failed': props<{ problem: ProblemDocument }>(),
    'Supervisors Loaded': props<{ supervisors: readonly Account[] }>(),
    'Supervisors Load Failed': props<{ problem: ProblemDocument }>(),
    /** The temporary password rides along only to be shown once; the store never keeps it. */
    'Account Created': props<{ account: Account; temporaryPassword: string }>(),
    'Account Create Failed': props<{ problem: ProblemDocument }>(),
    'Account Updated': props<{ account: Account }>(),
    /** `current`: the account as it is now, when the edit was based on an old version. */
    'Account Update Failed': props<{ problem: ProblemDocument; current: Account | null }>(),
    'Status Changed': props<{ account: Account }>(),
    'Status Change Failed': props<{ account: Account; problem: ProblemDocument; current: Account | null }>(),
    'Password Reset': props<{ account: Account; temporaryPassword: string }>(),
    'Password Reset Failed': props<{ account: Account; problem: ProblemDocument }>(),
    'Two Factor Reset': props<{ account: Account }>(),
    'Two Factor Reset Failed': props<{ account: Account; problem: ProblemDocument }>(),
  },
});
