import { createActionGroup, props } from '@ngrx/store';

/** The "Open follow-ups" card on the client Overview. */
export const OpenFollowUpsActions = createActionGroup({
  source: 'Open Follow-ups Card',
  events: {
    'Retry Clicked': props<{ clientId: string }>(),
    'Mark Done Clicked': props<{ clientId: string; sessionId: string; followUpId: string }>(),
  },
});
