import { createActionGroup, props } from '@ngrx/store';

export const SessionsTabActions = createActionGroup({
  source: 'Sessions Tab',
  events: {
    Opened: props<{ clientId: string }>(),
    'Retry Clicked': props<{ clientId: string }>(),
  },
});
