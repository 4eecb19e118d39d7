import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const EnrolmentPageActions = createActionGroup({
  source: 'Two-factor Enrolment Page',
  events: {
    Opened: emptyProps(),
    'Retry Clicked': emptyProps(),
    'Code Submitted': props<{ code: string }>(),
    'Codes Saved Clicked': emptyProps(),
    'Sign Out Clicked': emptyProps(),
  },
});
