import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { PlanSessionRequest } from '@domain/sessions/session-requests';
import { PROBLEM_SHOWN_BY_CALLER } from '../core/auth/problem-snackbar.interceptor';
import { SessionsApi } from './sessions-api';
import {
  CLIENT_ID,
  completedSession,
  CONSENTING,
  openFollowUpWith,
  revisionWith,
  sessionWith,
} from './testing/sessions-fixtures';

describe('SessionsApi', () => {
  let api: SessionsApi;
  let backend: HttpTestingController;
  const base = `/api/v1/clients/${CLIENT_ID}`;
  const session = sessionWith();
  const plan: PlanSessionRequest = {
    type: 'family-session',
    modality: 'in-person',
    startsAt: '2026-12-01T14:00:00.000Z',
    durationMinutes: 60,
    location: 'Room 3',
    memberIds: [CONSENTING.id],
    clinicianIds: [],
    goals: 'Agree on support for mornings',
    pastSession: false,
    consentWarningAcknowledged: false,
    overlapAcknowledged: false,
    clientDeclinedAcknowledged: false,
    clientDeclinedReason: '',
  };

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(SessionsApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('loads the client’s sessions, showing its own problems', () => {
    let answer: unknown;
    api.loadSessions(CLIENT_ID).subscribe((sessions) => (answer = sessions));

    const call = backend.expectOne({ method: 'GET', url: `${base}/sessions` });
    expect(call.request.context.get(PROBLEM_SHOWN_BY_CALLER)).toBeTrue();
    call.flush({ items: [session] });
    expect(answer).toEqual([session]);
  });

  it('loads one session', () => {
    api.loadSession(CLIENT_ID, session.id).subscribe();

    backend.expectOne({ method: 'GET', url: `${base}/sessions/${session.id}` }).flush(session);
  });

  it('plans a session', () => {
    api.planSession(CLIENT_ID, plan).subscribe();

    const call = backend.expectOne({ method: 'POST', url: `${base}/sessions` });
    expect(call.request.body).toEqual(plan);
    call.flush(session, { status: 201, statusText: 'Created' });
  });

  it('re-plans a session on the version it is based on', () => {
    api.updatePlan(CLIENT_ID, session.id, plan, 3).subscribe();

    const call = backend.expectOne({ method: 'PUT', url: `${base}/sessions/${session.id}/plan` });
    expect(call.request.body).toEqual({ ...plan, version: 3 });
  });

  it('records a session on its version', () => {
    const { version, ...record } = {
      status: 'completed' as const,
      attendance: [{ id: CONSENTING.id, attendance: 'attended' as const }],
      goals: '',
      summary: 'Sister will drive.',
      interventions: '',
      dynamicsObservations: '',
      outcomes: '',
      riskConcerns: '',
      followUps: [],
      amendmentReason: null,
      version: 1,
    };
    api.recordSession(CLIENT_ID, session.id, record, version).subscribe();

    const call = backend.expectOne({ method: 'PUT', url: `${base}/sessions/${session.id}/record` });
    expect(call.request.body).toEqual({ ...record, version: 1 });
    expect(call.request.context.get(PROBLEM_SHOWN_BY_CALLER)).toBeTrue();
  });

  it('loads a session’s history as its list of versions', () => {
    let answer: unknown;
    api.loadHistory(CLIENT_ID, session.id).subscribe((items) => (answer = items));

    backend
      .expectOne({ method: 'GET', url: `${base}/sessions/${session.id}/history` })
      .flush({ items: [revisionWith()] });
    expect(answer).toEqual([revisionWith()]);
  });

  it('loads the open follow-ups, and ticks one off on the session’s version', () => {
    let answer: unknown;
    api.loadOpenFollowUps(CLIENT_ID).subscribe((items) => (answer = items));
    backend
      .expectOne({ method: 'GET', url: `${base}/follow-ups` })
      .flush({ items: [openFollowUpWith()] });
    expect(answer).toEqual([openFollowUpWith()]);

    const followUpId = completedSession().followUps[0].id;
    api.setFollowUpDone(CLIENT_ID, session.id, followUpId, true, 2).subscribe();
    const call = backend.expectOne({
      method: 'PUT',
      url: `${base}/sessions/${session.id}/follow-ups/${followUpId}`,
    });
    expect(call.request.body).toEqual({ done: true, version: 2 });
  });

  it('links a session’s calendar event by opaque ids only', () => {
    expect(api.calendarUrl(CLIENT_ID, session.id)).toBe(
      `${base}/sessions/${session.id}/calendar.ics`,
    );
  });
});
