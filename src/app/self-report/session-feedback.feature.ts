import type { ProblemDocument } from '@domain/problem/problem-document';
import type { SelfReportRequest } from '@domain/self-report/self-report-request';
import type { SessionFeedback } from '@domain/self-report/session-feedback';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { authFeature } from '../core/auth/auth.feature';
import { FamilyFeedbackActions, FeedbackTrendActions } from './family-feedback.actions';
import type { FeedbackTrendPoint, IssuedFeedbackRequest } from './self-report-api';
import { SessionFeedbackApiActions } from './session-feedback-api.actions';
import type { LoadStatus } from '../shared/state/request-status';
import type { SendStatus } from './self-report.feature';

/**
 * One session's family feedback (answers, with the clinician-only comments, and the requests sent),
 * the links of the last send (shown once), the reason each refused attendee was refused, and the
 * client's feedback trend for the Sessions tab.
 */
export interface SessionFeedbackState {
  readonly clientId: string | null;
  readonly sessionId: string | null;
  readonly items: readonly SessionFeedback[];
  readonly requests: readonly SelfReportRequest[];
  readonly loadStatus: LoadStatus;
  readonly loadError: ProblemDocument | null;
  readonly sendStatus: SendStatus;
  /** A failure that names no attendee. */
  readonly sendError: ProblemDocument | null;
  /** memberId → why the server refused to send to them (no granted, current consent). */
  readonly refused: Readonly<Record<string, string>>;
  readonly issued: readonly IssuedFeedbackRequest[];
  readonly trendClientId: string | null;
  readonly trend: readonly FeedbackTrendPoint[];
  readonly trendStatus: LoadStatus;
}

export const initialSessionFeedbackState: SessionFeedbackState = {
  clientId: null,
  sessionId: null,
  items: [],
  requests: [],
  loadStatus: 'idle',
  loadError: null,
  sendStatus: 'idle',
  sendError: null,
  refused: {},
  issued: [],
  trendClientId: null,
  trend: [],
  trendStatus: 'idle',
};

const MEMBER_FIELD = /^memberIds\.(\d+)$/;

/** The server's `memberIds.N` errors as memberId → message. */
export function refusedMembers(memberIds: readonly string[], problem: ProblemDocument): Record<string, string> {
  const refused: Record<string, string> = {};
  for (const { field, message } of problem.errors ?? []) {
    const index = MEMBER_FIELD.exec(field)?.[1];
    const memberId = index === undefined ? undefined : memberIds[Number(index)];
    if (memberId !== undefined && refused[memberId] === undefined) {
      refused[memberId] = message;
    }
  }
  return refused;
}

export const sessionFeedbackFeature = createFeature({
  name: 'sessionFeedback',
  reducer: createReducer(
    initialSessionFeedbackState,
    on(FamilyFeedbackActions.opened, (state, { clientId, sessionId }): SessionFeedbackState => ({
      ...(state.sessionId === sessionId
        ? state
        : { ...initialSessionFeedbackState, trendClientId: state.trendClientId, trend: state.trend, trendStatus: state.trendStatus }),
      clientId,
      sessionId,
      loadStatus: 'loading',
      loadError: null,
    })),
    on(FamilyFeedbackActions.retryClicked, (state): SessionFeedbackState => ({ ...state, loadStatus: 'loading', loadError: null })),
    on(SessionFeedbackApiActions.feedbackLoaded, (state, { sessionId, view }): SessionFeedbackState =>
      sessionId === state.sessionId ? { ...state, items: view.items, requests: view.requests, loadStatus: 'loaded', loadError: null } : state,
    ),
    on(SessionFeedbackApiActions.feedbackLoadFailed, (state, { sessionId, problem }): SessionFeedbackState =>
      sessionId === state.sessionId ? { ...state, loadStatus: 'failed', loadError: problem } : state,
    ),
    on(FamilyFeedbackActions.sendSubmitted, FamilyFeedbackActions.newLinkClicked, (state): SessionFeedbackState => ({
      ...state,
      sendStatus: 'sending',
      sendError: null,
      refused: {},
      issued: [],
    })),
    on(SessionFeedbackApiActions.feedbackSent, (state, { sessionId, sent }): SessionFeedbackState =>
      sessionId === state.sessionId
        ? {
            ...state,
            sendStatus: 'sent',
            issued: sent,
            requests: [...sent.map(({ request }) => request), ...state.requests.filter((r) => !sent.some(({ request }) => request.id === r.id))],
          }
        : state,
    ),
    on(SessionFeedbackApiActions.feedbackSendFailed, (state, { sessionId, memberIds, problem }): SessionFeedbackState => {
      if (sessionId !== state.sessionId) {
        return state;
      }
      const refused = refusedMembers(memberIds, problem);
      return { ...state, sendStatus: 'failed', refused, sendError: Object.keys(refused).length > 0 ? null : problem };
    }),
    on(FeedbackTrendActions.opened, (state, { clientId }): SessionFeedbackState => ({
      ...state,
      trendClientId: clientId,
      trend: state.trendClientId === clientId ? state.trend : [],
      trendStatus: 'loading',
    })),
    on(SessionFeedbackApiActions.trendLoaded, (state, { clientId, points }): SessionFeedbackState =>
      clientId === state.trendClientId ? { ...state, trend: points, trendStatus: 'loaded' } : state,
    ),
    on(SessionFeedbackApiActions.trendLoadFailed, (state, { clientId }): SessionFeedbackState =>
      clientId === state.trendClientId ? { ...state, trendStatus: 'failed' } : state,
    ),
  ),
  extraSelectors: ({ selectItems, selectRequests, selectLoadStatus, selectLoadError }) => ({
    selectCanWrite: createSelector(authFeature.selectUser, (user) => user?.role === 'therapist'),
    selectFeedbackViewModel: createSelector(selectItems, selectRequests, selectLoadStatus, selectLoadError, (items, requests, status, error) => ({
      items,
      requests,
      loading: status === 'idle' || status === 'loading',
      error: status === 'failed' ? error : null,
    })),
  }),
});
