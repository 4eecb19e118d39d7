import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const AccountPageActions = createActionGroup({
  source: 'Account Page',
  events: {
    Opened: emptyProps(),
    'Retry Clicked': emptyProps(),
    'Regenerate Submitted': props<{ code: string }>(),
    'Codes Saved Clicked': emptyProps(),
  },
});
