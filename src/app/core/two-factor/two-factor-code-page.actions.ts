import type { SecondFactorRequest } from '@domain/accounts/two-factor';
import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const TwoFactorCodePageActions = createActionGroup({
  source: 'Two-factor Code Page',
  events: {
    Opened: emptyProps(),
    Submitted: props<{ request: SecondFactorRequest }>(),
    'Sign Out Clicked': emptyProps(),
  },
});
