import type { ProblemDocument } from '@domain/problem/problem-document';
import { createActionGroup, props } from '@ngrx/store';
import type { FeedbackTrendPoint, IssuedFeedbackRequest, SessionFeedbackView } from './self-report-api';

export const SessionFeedbackApiActions = createActionGroup({
  source: 'Session Feedback API',
  events: {
    'Feedback Loaded': props<{ sessionId: string; view: SessionFeedbackView }>(),
    'Feedback Load Failed': props<{ sessionId: string; problem: ProblemDocument }>(),
    'Feedback Sent': props<{ sessionId: string; sent: readonly IssuedFeedbackRequest[] }>(),
    /** `memberIds` as sent: the server names refused attendees by their index (`memberIds.N`). */
    'Feedback Send Failed': props<{ sessionId: string; memberIds: readonly string[]; problem: ProblemDocument }>(),
    'Trend Loaded': props<{ clientId: string; points: readonly FeedbackTrendPoint[] }>(),
    'Trend Load Failed': props<{ clientId: string; problem: ProblemDocument }>(),
  },
});
