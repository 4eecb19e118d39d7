import { createActionGroup, props } from '@ngrx/store';

export const SessionDetailActions = createActionGroup({
  source: 'Session Detail Page',
  events: {
    Opened: props<{ clientId: string; sessionId: string }>(),
    'Retry Clicked': props<{ clientId: string; sessionId: string }>(),
  },
});
