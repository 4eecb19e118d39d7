import type { ChangePasswordRequest } from '@domain/accounts/password-policy';
import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const ChangePasswordPageActions = createActionGroup({
  source: 'Change Password Page',
  events: {
    Opened: emptyProps(),
    Submitted: props<{ request: ChangePasswordRequest }>(),
    'Sign Out Clicked': emptyProps(),
  },
});
