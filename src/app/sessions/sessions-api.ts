import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { FamilySession } from '@domain/sessions/family-session';
import type { PlanSessionRequest } from '@domain/sessions/session-requests';
import type { OpenFollowUp, SessionRevision } from '@domain/sessions/session-views';
import { map, type Observable } from 'rxjs';
import { shownByCaller } from '../shared/http/shown-by-caller';
import type { SessionRecordFields } from './session-edit';

const clientUrl = (clientId: string) => `/api/v1/clients/${encodeURIComponent(clientId)}`;
const sessionUrl = (clientId: string, sessionId: string) =>
  `${clientUrl(clientId)}/sessions/${encodeURIComponent(sessionId)}`;

/** The family-session endpoints of one client; the only place in the sessions slice that talks HTTP. */
@Injectable({ providedIn: 'root' })
export class SessionsApi {
  private readonly http = inject(HttpClient);

  /** Every session of the client, newest start first. */
  loadSessions(clientId: string): Observable<readonly FamilySession[]> {
    return this.http
      .get<{ items: readonly FamilySession[] }>(`${clientUrl(clientId)}/sessions`, shownByCaller())
      .pipe(map(({ items }) => items));
  }

  loadSession(clientId: string, sessionId: string): Observable<FamilySession> {
    return this.http.get<FamilySession>(sessionUrl(clientId, sessionId), shownByCaller());
  }

  /** Warnings not yet acknowledged answer 409 "Acknowledgement required", naming each one. */
  planSession(clientId: string, plan: PlanSessionRequest): Observable<FamilySession> {
    return this.http.post<FamilySession>(`${clientUrl(clientId)}/sessions`, plan, shownByCaller());
  }

  /** Re-plans a planned session on `version`; a stale version answers 409 with the session as it is now. */
  updatePlan(
    clientId: string,
    sessionId: string,
    plan: PlanSessionRequest,
    version: number,
  ): Observable<FamilySession> {
    return this.http.put<FamilySession>(
      `${sessionUrl(clientId, sessionId)}/plan`,
      { ...plan, version },
      shownByCaller(),
    );
  }

  /** Records (or, once completed, amends) what happened, on `version`. */
  recordSession(
    clientId: string,
    sessionId: string,
    record: SessionRecordFields,
    version: number,
  ): Observable<FamilySession> {
    return this.http.put<FamilySession>(
      `${sessionUrl(clientId, sessionId)}/record`,
      { ...record, version },
      shownByCaller(),
    );
  }

  /** The saved versions of a completed session, oldest first. */
  loadHistory(clientId: string, sessionId: string): Observable<readonly SessionRevision[]> {
    return this.http
      .get<{ items: readonly SessionRevision[] }>(
        `${sessionUrl(clientId, sessionId)}/history`,
        shownByCaller(),
      )
      .pipe(map(({ items }) => items));
  }

  /** Follow-ups not yet done, across the client's sessions, soonest due first. */
  loadOpenFollowUps(clientId: string): Observable<readonly OpenFollowUp[]> {
    return this.http
      .get<{ items: readonly OpenFollowUp[] }>(`${clientUrl(clientId)}/follow-ups`, shownByCaller())
      .pipe(map(({ items }) => items));
  }

  /** Ticks a follow-up off (or re-opens it), on the session's `version`. */
  setFollowUpDone(
    clientId: string,
    sessionId: string,
    followUpId: string,
    done: boolean,
    version: number,
  ): Observable<FamilySession> {
    return this.http.put<FamilySession>(
      `${sessionUrl(clientId, sessionId)}/follow-ups/${encodeURIComponent(followUpId)}`,
      { done, version },
      shownByCaller(),
    );
  }

  /** Marks the session's risk concerns reviewed with a note, on the session's `version`. */
  reviewRisk(clientId: string, sessionId: string, note: string, version: number): Observable<FamilySession> {
    return this.http.put<FamilySession>(
      `${sessionUrl(clientId, sessionId)}/risk-review`,
      { note, version },
      shownByCaller(),
    );
  }

  /** Where the browser downloads a planned session as a calendar event (a plain link). */
  calendarUrl(clientId: string, sessionId: string): string {
    return `${sessionUrl(clientId, sessionId)}/calendar.ics`;
  }
}
