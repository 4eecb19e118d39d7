import type { SignInRequest } from '@domain/accounts/sign-in-request';
import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const SignInPageActions = createActionGroup({
  source: 'Sign-in Page',
  events: {
    Opened: emptyProps(),
    Submitted: props<{ request: SignInRequest }>(),
  },
});
