import type { TwoFactorPolicyRequest } from '@domain/accounts/two-factor';
import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const TwoFactorPolicyPageActions = createActionGroup({
  source: 'Two-factor Policy Page',
  events: {
    Opened: emptyProps(),
    'Retry Clicked': emptyProps(),
    'Save Clicked': props<{ request: TwoFactorPolicyRequest }>(),
  },
});
