import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { PROBLEM_SHOWN_BY_CALLER } from '../core/auth/problem-snackbar.interceptor';
import { SelfReportApi } from './self-report-api';
import { CLIENT_ID, feedbackWith, issuedWith, MEMBER_IDS, requestNumber, SESSION_ID } from './testing/self-report-fixtures';

describe('SelfReportApi', () => {
  let api: SelfReportApi;
  let http: HttpTestingController;
  const base = `/api/v1/clients/${CLIENT_ID}`;
  const request = requestNumber(1, { version: 3 });

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(SelfReportApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists the client’s requests, showing its own problems', async () => {
    const answer = firstValueFrom(api.loadRequests(CLIENT_ID));
    const get = http.expectOne(`${base}/self-report-requests`);
    expect(get.request.method).toBe('GET');
    expect(get.request.context.get(PROBLEM_SHOWN_BY_CALLER)).toBeTrue();
    get.flush({ items: [request] });
    expect(await answer).toEqual([request]);
  });

  it('sends, withdraws and sends again with the version seen', async () => {
    const body = { instruments: ['mspss' as const], expiresInDays: 7, repeatEveryWeeks: null, emailTo: null };
    const sent = firstValueFrom(api.send(CLIENT_ID, body));
    const post = http.expectOne(`${base}/self-report-requests`);
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual(body);
    post.flush(issuedWith());
    expect(await sent).toEqual(issuedWith());

    const withdrawn = firstValueFrom(api.withdraw(CLIENT_ID, request.id, 3));
    const withdraw = http.expectOne(`${base}/self-report-requests/${request.id}/withdraw`);
    expect(withdraw.request.method).toBe('POST');
    expect(withdraw.request.body).toEqual({ version: 3 });
    withdraw.flush({ ...request, state: 'withdrawn', version: 4 });
    expect((await withdrawn).state).toBe('withdrawn');

    const resent = firstValueFrom(api.resend(CLIENT_ID, request.id, 3));
    const resend = http.expectOne(`${base}/self-report-requests/${request.id}/resend`);
    expect(resend.request.body).toEqual({ version: 3 });
    resend.flush(issuedWith());
    expect((await resent).link).toBe(issuedWith().link);
  });

  it('creates a link on the version seen, asking for email or not', async () => {
    const created = firstValueFrom(api.createLink(CLIENT_ID, request.id, 3, true));
    const post = http.expectOne(`${base}/self-report-requests/${request.id}/link`);
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual({ version: 3, email: true });
    expect(post.request.context.get(PROBLEM_SHOWN_BY_CALLER)).toBeTrue();
    post.flush(issuedWith());
    expect((await created).link).toBe(issuedWith().link);
  });

  it('marks the client’s self-reports seen', async () => {
    const done = firstValueFrom(api.markSeen(CLIENT_ID));
    const post = http.expectOne(`${base}/self-report-seen`);
    expect(post.request.method).toBe('POST');
    post.flush(null, { status: 204, statusText: 'No Content' });
    await done;
  });

  it('sends family feedback forms and reads a session’s feedback and the trend', async () => {
    const sent = firstValueFrom(api.sendFeedback(CLIENT_ID, SESSION_ID, { memberIds: [MEMBER_IDS[0]], expiresInDays: 7 }));
    const post = http.expectOne(`${base}/sessions/${SESSION_ID}/feedback-requests`);
    expect(post.request.body).toEqual({ memberIds: [MEMBER_IDS[0]], expiresInDays: 7 });
    post.flush({ sent: [{ ...issuedWith(), memberId: MEMBER_IDS[0] }] });
    expect((await sent)[0].memberId).toBe(MEMBER_IDS[0]);

    const view = { items: [feedbackWith(0)], requests: [] };
    const feedback = firstValueFrom(api.loadFeedback(CLIENT_ID, SESSION_ID));
    http.expectOne(`${base}/sessions/${SESSION_ID}/feedback`).flush(view);
    expect(await feedback).toEqual(view);

    const point = { sessionId: SESSION_ID, startsAt: '2026-03-01T10:00:00.000Z', listened: 4.5, understoodNextSteps: 4, useful: 3.5, answers: 2 };
    const trend = firstValueFrom(api.loadFeedbackTrend(CLIENT_ID));
    http.expectOne(`${base}/session-feedback-trend`).flush({ points: [point] });
    expect(await trend).toEqual([point]);
  });
});
