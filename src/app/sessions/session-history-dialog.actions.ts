import { createActionGroup, props } from '@ngrx/store';

export const SessionHistoryDialogActions = createActionGroup({
  source: 'Session History Dialog',
  events: {
    Opened: props<{ clientId: string; sessionId: string }>(),
    'Retry Clicked': props<{ clientId: string; sessionId: string }>(),
  },
});
