import type { CreateAccountRequest } from '@domain/accounts/account-requests';
import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const NewAccountDialogActions = createActionGroup({
  source: 'New Account Dialog',
  events: {
    Opened: emptyProps(),
    Submitted: props<{ request: CreateAccountRequest }>(),
  },
});
