import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { IssuedLink, SelfReportRequest } from '@domain/self-report/self-report-request';
import type { SendSelfReportRequest, SendSessionFeedbackRequest } from '@domain/self-report/self-report-requests';
import type { SessionFeedback, SessionFeedbackTrendPoint } from '@domain/self-report/session-feedback';
import { map, type Observable } from 'rxjs';
import { shownByCaller } from '../shared/http/shown-by-caller';

const clientUrl = (clientId: string) => `/api/v1/clients/${encodeURIComponent(clientId)}`;
const requestsUrl = (clientId: string) => `${clientUrl(clientId)}/self-report-requests`;
const requestUrl = (clientId: string, requestId: string) => `${requestsUrl(clientId)}/${encodeURIComponent(requestId)}`;
const sessionUrl = (clientId: string, sessionId: string) => `${clientUrl(clientId)}/sessions/${encodeURIComponent(sessionId)}`;

/** A request just issued, with its link: the only time the link (and its token) is ever seen. */
export interface IssuedRequest extends IssuedLink {
  /** Set in the SPA when the link replaced an earlier one of the same request (which no longer works). */
  readonly replacedLink?: boolean;
}

export interface IssuedFeedbackRequest extends IssuedRequest {
  readonly memberId: string;
}

/** Who answered a session's feedback form and what, with the requests sent for it. */
export interface SessionFeedbackView {
  readonly items: readonly SessionFeedback[];
  readonly requests: readonly SelfReportRequest[];
}

/** The average answers of one completed session. */
export type FeedbackTrendPoint = SessionFeedbackTrendPoint;

/** The self-report and family-feedback endpoints: the only place in this slice that talks HTTP. */
@Injectable({ providedIn: 'root' })
export class SelfReportApi {
  private readonly http = inject(HttpClient);

  /** Newest first. */
  loadRequests(clientId: string): Observable<readonly SelfReportRequest[]> {
    return this.http
      .get<{ items: readonly SelfReportRequest[] }>(requestsUrl(clientId), shownByCaller())
      .pipe(map(({ items }) => items));
  }

  send(clientId: string, request: SendSelfReportRequest): Observable<IssuedRequest> {
    return this.http.post<IssuedRequest>(requestsUrl(clientId), request, shownByCaller());
  }

  /** Based on `version`; a stale version answers 409. */
  withdraw(clientId: string, requestId: string, version: number): Observable<SelfReportRequest> {
    return this.http.post<SelfReportRequest>(`${requestUrl(clientId, requestId)}/withdraw`, { version }, shownByCaller());
  }

  /** Withdraws the request and issues a fresh one with the same settings; a stale version answers 409. */
  resend(clientId: string, requestId: string, version: number): Observable<IssuedRequest> {
    return this.http.post<IssuedRequest>(`${requestUrl(clientId, requestId)}/resend`, { version }, shownByCaller());
  }

  /**
   * A link for a due repeat, or a new one for a waiting request whose link was lost (the old stops
   * working); `email`: also email it to the address the series was sent to. Stale version → 409.
   */
  createLink(clientId: string, requestId: string, version: number, email: boolean): Observable<IssuedRequest> {
    return this.http.post<IssuedRequest>(`${requestUrl(clientId, requestId)}/link`, { version, email }, shownByCaller());
  }

  /** The therapist has seen the client's measures: the caseload's "new self-report" goes. */
  markSeen(clientId: string): Observable<void> {
    return this.http.post<void>(`${clientUrl(clientId)}/self-report-seen`, {}, shownByCaller());
  }

  sendFeedback(clientId: string, sessionId: string, request: SendSessionFeedbackRequest): Observable<readonly IssuedFeedbackRequest[]> {
    return this.http
      .post<{ sent: readonly IssuedFeedbackRequest[] }>(`${sessionUrl(clientId, sessionId)}/feedback-requests`, request, shownByCaller())
      .pipe(map(({ sent }) => sent));
  }

  loadFeedback(clientId: string, sessionId: string): Observable<SessionFeedbackView> {
    return this.http.get<SessionFeedbackView>(`${sessionUrl(clientId, sessionId)}/feedback`, shownByCaller());
  }

  /** One point per completed session with answers, in the server's order. */
  loadFeedbackTrend(clientId: string): Observable<readonly FeedbackTrendPoint[]> {
    return this.http
      .get<{ points: readonly FeedbackTrendPoint[] }>(`${clientUrl(clientId)}/session-feedback-trend`, shownByCaller())
      .pipe(map(({ points }) => points));
  }
}
