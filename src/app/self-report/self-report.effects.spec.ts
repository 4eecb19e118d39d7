import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import type { Role } from '@domain/accounts/role';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { provideMockStore } from '@ngrx/store/testing';
import { firstValueFrom, of, throwError, toArray, type Observable } from 'rxjs';
import { sessionInfoFor, signedInState } from '../../testing/auth-fixtures';
import { Notifier } from '../core/layout/notifier';
import { SelfReportApi } from './self-report-api';
import { SelfReportApiActions } from './self-report-api.actions';
import { SelfReportPanelActions } from './self-report-panel.actions';
import * as effects from './self-report.effects';
import { initialSelfReportState } from './self-report.feature';
import { SendDialogActions } from './send-dialog.actions';
import { CLIENT_ID, issuedWith, requestNumber } from './testing/self-report-fixtures';

describe('self-report effects', () => {
  let actions$: Observable<Action>;
  let api: jasmine.SpyObj<SelfReportApi>;
  const request = requestNumber(1, { version: 2 });

  function setUp(role: Role = 'therapist'): void {
    api = jasmine.createSpyObj<SelfReportApi>('SelfReportApi', ['loadRequests', 'send', 'withdraw', 'resend', 'markSeen', 'createLink']);
    const notifier = jasmine.createSpyObj<Notifier>('Notifier', ['show']);
    notifier.show.and.resolveTo();
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        provideMockStore({ initialState: { ...signedInState(sessionInfoFor(role)), selfReport: { ...initialSelfReportState, clientId: CLIENT_ID } } }),
        { provide: SelfReportApi, useValue: api },
        { provide: Notifier, useValue: notifier },
      ],
    });
  }

  const run = <T>(effect: () => Observable<T>): Promise<T[]> => firstValueFrom(TestBed.runInInjectionContext(effect).pipe(toArray()));
  const conflict = new HttpErrorResponse({ status: 409, error: { type: 'about:blank', title: 'Conflict', status: 409 } });

  it('loads the requests when the panel opens, and after a conflict', async () => {
    setUp();
    api.loadRequests.and.returnValue(of([request]));
    actions$ = of(SelfReportPanelActions.opened({ clientId: CLIENT_ID }), SelfReportApiActions.requestChangeConflicted({ requestId: request.id }));

    expect(await run(effects.loadRequests)).toEqual([
      SelfReportApiActions.requestsLoaded({ clientId: CLIENT_ID, items: [request] }),
      SelfReportApiActions.requestsLoaded({ clientId: CLIENT_ID, items: [request] }),
    ]);
    expect(api.loadRequests).toHaveBeenCalledWith(CLIENT_ID);
  });

  it('reports a failed load with its problem', async () => {
    setUp();
    api.loadRequests.and.returnValue(throwError(() => new HttpErrorResponse({ status: 500, error: { type: 'about:blank', title: 'Oops', status: 500 } })));
    actions$ = of(SelfReportPanelActions.retryClicked());

    const [action] = await run(effects.loadRequests);
    expect(action.type).toBe(SelfReportApiActions.requestsLoadFailed.type);
  });

  it('marks the client seen when their therapist opens the tab, never for a supervisor', async () => {
    setUp('therapist');
    api.markSeen.and.returnValue(of(undefined));
    actions$ = of(SelfReportPanelActions.opened({ clientId: CLIENT_ID }));
    expect(await run(effects.markSeen)).toEqual([SelfReportApiActions.seenMarked()]);
    expect(api.markSeen).toHaveBeenCalledOnceWith(CLIENT_ID);

    TestBed.resetTestingModule();
    setUp('supervisor');
    actions$ = of(SelfReportPanelActions.opened({ clientId: CLIENT_ID }));
    expect(await run(effects.markSeen)).toEqual([]);
    expect(api.markSeen).not.toHaveBeenCalled();
  });

  it('sends a request and hands on its link', async () => {
    setUp();
    const body = { instruments: ['ucla-3' as const], expiresInDays: 7, repeatEveryWeeks: null, emailTo: null };
    api.send.and.returnValue(of(issuedWith()));
    actions$ = of(SendDialogActions.submitted({ clientId: CLIENT_ID, request: body }));

    expect(await run(effects.sendRequest)).toEqual([SelfReportApiActions.requestSent({ issued: issuedWith() })]);
    expect(api.send).toHaveBeenCalledWith(CLIENT_ID, body);
  });

  it('withdraws and sends again on the version seen; a 409 is a conflict, not a failure', async () => {
    setUp();
    api.withdraw.and.returnValue(throwError(() => conflict));
    actions$ = of(SelfReportPanelActions.withdrawClicked({ request }));
    expect(await run(effects.withdrawRequest)).toEqual([SelfReportApiActions.requestChangeConflicted({ requestId: request.id })]);
    expect(api.withdraw).toHaveBeenCalledWith(CLIENT_ID, request.id, 2);

    api.resend.and.returnValue(of(issuedWith()));
    actions$ = of(SelfReportPanelActions.sendAgainClicked({ request }));
    expect(await run(effects.resendRequest)).toEqual([SelfReportApiActions.requestResent({ previousId: request.id, issued: issuedWith() })]);

    api.resend.and.returnValue(throwError(() => new HttpErrorResponse({ status: 422, error: { type: 'about:blank', title: 'Discharged', status: 422 } })));
    const [failed] = await run(effects.resendRequest);
    expect(failed.type).toBe(SelfReportApiActions.requestChangeFailed.type);
  });

  it('creates a link on the version seen; a new link for a waiting request says the old one was replaced; 409 is a conflict', async () => {
    setUp();
    const due = requestNumber(1, { state: 'due', version: 2, linkIssuedAt: null });
    api.createLink.and.returnValue(of(issuedWith()));
    actions$ = of(SelfReportPanelActions.createLinkClicked({ request: due, email: true }), SelfReportPanelActions.createLinkClicked({ request, email: false }));
    expect(await run(effects.createLink)).toEqual([
      SelfReportApiActions.linkCreated({ issued: { ...issuedWith(), replacedLink: false } }),
      SelfReportApiActions.linkCreated({ issued: { ...issuedWith(), replacedLink: true } }),
    ]);
    expect(api.createLink.calls.allArgs()).toEqual([
      [CLIENT_ID, due.id, 2, true],
      [CLIENT_ID, request.id, 2, false],
    ]);

    api.createLink.and.returnValue(throwError(() => conflict));
    actions$ = of(SelfReportPanelActions.createLinkClicked({ request: due, email: false }));
    expect(await run(effects.createLink)).toEqual([SelfReportApiActions.requestChangeConflicted({ requestId: due.id })]);
  });
});
