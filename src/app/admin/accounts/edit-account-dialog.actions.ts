import type { UpdateAccountRequest } from '@domain/accounts/account-requests';
import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const EditAccountDialogActions = createActionGroup({
  source: 'Edit Account Dialog',
  events: {
    Opened: emptyProps(),
    Submitted: props<{ id: string; request: UpdateAccountRequest }>(),
  },
});
