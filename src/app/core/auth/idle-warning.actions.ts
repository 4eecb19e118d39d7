import { createActionGroup, emptyProps } from '@ngrx/store';

export const IdleWarningActions = createActionGroup({
  source: 'Idle Warning',
  events: {
    'Stay Signed In Clicked': emptyProps(),
    'Sign Out Clicked': emptyProps(),
  },
});
