import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const FamilyFeedbackActions = createActionGroup({
  source: 'Family Feedback Section',
  events: {
    Opened: props<{ clientId: string; sessionId: string }>(),
    'Retry Clicked': emptyProps(),
    'Send Submitted': props<{ clientId: string; sessionId: string; memberIds: readonly string[] }>(),
  },
});

export const FeedbackTrendActions = createActionGroup({
  source: 'Feedback Trend',
  events: {
    Opened: props<{ clientId: string }>(),
  },
});
