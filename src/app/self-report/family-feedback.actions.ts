import type { SelfReportRequest } from '@domain/self-report/self-report-request';
import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const FamilyFeedbackActions = createActionGroup({
  source: 'Family Feedback Section',
  events: {
    Opened: props<{ clientId: string; sessionId: string }>(),
    'Retry Clicked': emptyProps(),
    'Send Submitted': props<{ clientId: string; sessionId: string; memberIds: readonly string[] }>(),
    /** A waiting feedback link was lost: a new one replaces it (the old stops working). */
    'New Link Clicked': props<{ request: SelfReportRequest }>(),
  },
});

export const FeedbackTrendActions = createActionGroup({
  source: 'Feedback Trend',
  events: {
    Opened: props<{ clientId: string }>(),
  },
});
