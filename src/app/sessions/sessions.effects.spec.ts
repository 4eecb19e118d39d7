import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { firstValueFrom, of, throwError, type Observable } from 'rxjs';
import { NetworkApi } from '../network/network-api';
import { viewWith } from '../network/testing/network-fixtures';
import { RecordPageActions } from './record-page.actions';
import { SessionDetailActions } from './session-detail.actions';
import { SessionHistoryDialogActions } from './session-history-dialog.actions';
import { SessionsApi } from './sessions-api';
import { SessionsApiActions } from './sessions-api.actions';
import { SessionsTabActions } from './sessions-tab.actions';
import * as effects from './sessions.effects';
import { CLIENT_ID, revisionWith, sessionWith } from './testing/sessions-fixtures';

describe('sessions load effects', () => {
  let actions$: Observable<Action>;
  let sessionsApi: jasmine.SpyObj<SessionsApi>;
  let networkApi: jasmine.SpyObj<NetworkApi>;
  const session = sessionWith();
  const problem: ProblemDocument = { type: 'about:blank', title: 'Forbidden', status: 403 };
  const refused = () => throwError(() => new HttpErrorResponse({ status: 403, error: problem }));

  beforeEach(() => {
    sessionsApi = jasmine.createSpyObj<SessionsApi>('SessionsApi', [
      'loadSessions',
      'loadSession',
      'loadHistory',
    ]);
    networkApi = jasmine.createSpyObj<NetworkApi>('NetworkApi', ['loadNetwork']);
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        { provide: SessionsApi, useValue: sessionsApi },
        { provide: NetworkApi, useValue: networkApi },
      ],
    });
  });

  const run = <T>(effect: () => Observable<T>): Observable<T> =>
    TestBed.runInInjectionContext(effect);

  it('loads the client’s sessions when the tab opens', async () => {
    actions$ = of(SessionsTabActions.opened({ clientId: CLIENT_ID }));
    sessionsApi.loadSessions.and.returnValue(of([session]));

    expect(await firstValueFrom(run(effects.loadSessions))).toEqual(
      SessionsApiActions.sessionsLoaded({ clientId: CLIENT_ID, sessions: [session] }),
    );
  });

  it('passes on the problem when the sessions cannot be loaded', async () => {
    actions$ = of(SessionsTabActions.retryClicked({ clientId: CLIENT_ID }));
    sessionsApi.loadSessions.and.returnValue(refused());

    expect(await firstValueFrom(run(effects.loadSessions))).toEqual(
      SessionsApiActions.sessionsLoadFailed({ clientId: CLIENT_ID, problem }),
    );
  });

  it('loads today’s network for the people who can be invited', async () => {
    const view = viewWith();
    actions$ = of(RecordPageActions.opened({ clientId: CLIENT_ID, sessionId: session.id }));
    networkApi.loadNetwork.and.returnValue(of(view));

    expect(await firstValueFrom(run(effects.loadMembers))).toEqual(
      SessionsApiActions.membersLoaded({ clientId: CLIENT_ID, view }),
    );
    expect(networkApi.loadNetwork).toHaveBeenCalledOnceWith(CLIENT_ID, null);
  });

  it('loads the session a page shows, fresh from the server', async () => {
    actions$ = of(SessionDetailActions.opened({ clientId: CLIENT_ID, sessionId: session.id }));
    sessionsApi.loadSession.and.returnValue(of(session));

    expect(await firstValueFrom(run(effects.loadSession))).toEqual(
      SessionsApiActions.sessionLoaded({ session }),
    );
    expect(sessionsApi.loadSession).toHaveBeenCalledOnceWith(CLIENT_ID, session.id);
  });

  it('passes on a session that cannot be loaded', async () => {
    actions$ = of(
      SessionDetailActions.retryClicked({ clientId: CLIENT_ID, sessionId: session.id }),
    );
    sessionsApi.loadSession.and.returnValue(refused());

    expect(await firstValueFrom(run(effects.loadSession))).toEqual(
      SessionsApiActions.sessionLoadFailed({ sessionId: session.id, problem }),
    );
  });

  it('loads a session’s history', async () => {
    const items = [revisionWith()];
    actions$ = of(
      SessionHistoryDialogActions.opened({ clientId: CLIENT_ID, sessionId: session.id }),
    );
    sessionsApi.loadHistory.and.returnValue(of(items));

    expect(await firstValueFrom(run(effects.loadHistory))).toEqual(
      SessionsApiActions.historyLoaded({ sessionId: session.id, items }),
    );
  });
});
