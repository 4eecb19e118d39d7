import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { provideMockStore } from '@ngrx/store/testing';
import { firstValueFrom, of, throwError, toArray, type Observable } from 'rxjs';
import { FamilyFeedbackActions, FeedbackTrendActions } from './family-feedback.actions';
import { SelfReportApi } from './self-report-api';
import { SessionFeedbackApiActions } from './session-feedback-api.actions';
import * as effects from './session-feedback.effects';
import { initialSessionFeedbackState } from './session-feedback.feature';
import { CLIENT_ID, feedbackWith, issuedWith, MEMBER_IDS, requestNumber, SESSION_ID } from './testing/self-report-fixtures';

describe('session feedback effects', () => {
  let actions$: Observable<Action>;
  let api: jasmine.SpyObj<SelfReportApi>;

  beforeEach(() => {
    api = jasmine.createSpyObj<SelfReportApi>('SelfReportApi', ['loadFeedback', 'sendFeedback', 'loadFeedbackTrend', 'createLink']);
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        provideMockStore({ initialState: { sessionFeedback: { ...initialSessionFeedbackState, clientId: CLIENT_ID, sessionId: SESSION_ID } } }),
        { provide: SelfReportApi, useValue: api },
      ],
    });
  });

  const run = <T>(effect: () => Observable<T>): Promise<T[]> => firstValueFrom(TestBed.runInInjectionContext(effect).pipe(toArray()));

  it('loads the session’s feedback when the section opens', async () => {
    const view = { items: [feedbackWith(0)], requests: [] };
    api.loadFeedback.and.returnValue(of(view));
    actions$ = of(FamilyFeedbackActions.opened({ clientId: CLIENT_ID, sessionId: SESSION_ID }));

    expect(await run(effects.loadFeedback)).toEqual([SessionFeedbackApiActions.feedbackLoaded({ sessionId: SESSION_ID, view })]);
    expect(api.loadFeedback).toHaveBeenCalledWith(CLIENT_ID, SESSION_ID);
  });

  it('sends to the chosen attendees, and hands a refusal on with the ids as sent', async () => {
    const memberIds = [MEMBER_IDS[0], MEMBER_IDS[1]];
    api.sendFeedback.and.returnValue(of([{ ...issuedWith(), memberId: MEMBER_IDS[0] }]));
    actions$ = of(FamilyFeedbackActions.sendSubmitted({ clientId: CLIENT_ID, sessionId: SESSION_ID, memberIds }));
    const [sent] = await run(effects.sendFeedback);
    expect(sent.type).toBe(SessionFeedbackApiActions.feedbackSent.type);
    expect(api.sendFeedback).toHaveBeenCalledWith(CLIENT_ID, SESSION_ID, { memberIds, expiresInDays: 7 });

    const problem = { type: 'about:blank', title: 'Unprocessable', status: 422, errors: [{ field: 'memberIds.1', message: 'No consent' }] };
    api.sendFeedback.and.returnValue(throwError(() => new HttpErrorResponse({ status: 422, error: problem })));
    expect(await run(effects.sendFeedback)).toEqual([SessionFeedbackApiActions.feedbackSendFailed({ sessionId: SESSION_ID, memberIds, problem })]);
  });

  it('gives a lost feedback link a new one, shown like a link just sent; a refusal is handed on as a send failure', async () => {
    const request = requestNumber(4, { kind: 'session-feedback', instruments: [], sessionId: SESSION_ID, memberId: MEMBER_IDS[1], version: 3 });
    api.createLink.and.returnValue(of(issuedWith(request)));
    actions$ = of(FamilyFeedbackActions.newLinkClicked({ request }));
    expect(await run(effects.newFeedbackLink)).toEqual([
      SessionFeedbackApiActions.feedbackSent({ sessionId: SESSION_ID, sent: [{ ...issuedWith(request), memberId: MEMBER_IDS[1], replacedLink: true }] }),
    ]);
    expect(api.createLink).toHaveBeenCalledWith(CLIENT_ID, request.id, 3, false);

    const problem = { type: 'about:blank', title: 'Consent needed', status: 422, errors: [{ field: 'memberId', message: 'No consent' }] };
    api.createLink.and.returnValue(throwError(() => new HttpErrorResponse({ status: 422, error: problem })));
    expect(await run(effects.newFeedbackLink)).toEqual([SessionFeedbackApiActions.feedbackSendFailed({ sessionId: SESSION_ID, memberIds: [MEMBER_IDS[1]], problem })]);
  });

  it('loads the client’s feedback trend', async () => {
    api.loadFeedbackTrend.and.returnValue(of([]));
    actions$ = of(FeedbackTrendActions.opened({ clientId: CLIENT_ID }));
    expect(await run(effects.loadTrend)).toEqual([SessionFeedbackApiActions.trendLoaded({ clientId: CLIENT_ID, points: [] })]);
  });
});
