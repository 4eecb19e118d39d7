import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { firstValueFrom, of, throwError, toArray, type Observable } from 'rxjs';
import { Notifier } from '../core/layout/notifier';
import * as effects from './follow-ups.effects';
import { OpenFollowUpsActions } from './open-follow-ups.actions';
import { SessionsApi } from './sessions-api';
import { SessionsApiActions } from './sessions-api.actions';
import { CLIENT_ID, completedSession, openFollowUpWith } from './testing/sessions-fixtures';
import { ClientsApiActions } from '../clients/clients-api.actions';
import { clientWith, overviewOf } from '../clients/testing/clients-fixtures';

describe('follow-up effects', () => {
  let actions$: Observable<Action>;
  let sessionsApi: jasmine.SpyObj<SessionsApi>;
  let notifier: jasmine.SpyObj<Notifier>;
  const item = openFollowUpWith();
  const session = completedSession({ id: item.sessionId, version: 4 });
  const clicked = OpenFollowUpsActions.markDoneClicked({
    clientId: CLIENT_ID,
    sessionId: item.sessionId,
    followUpId: item.id,
  });

  beforeEach(() => {
    sessionsApi = jasmine.createSpyObj<SessionsApi>('SessionsApi', [
      'loadOpenFollowUps',
      'loadSession',
      'setFollowUpDone',
    ]);
    notifier = jasmine.createSpyObj<Notifier>('Notifier', ['show']);
    notifier.show.and.resolveTo();
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        { provide: SessionsApi, useValue: sessionsApi },
        { provide: Notifier, useValue: notifier },
      ],
    });
  });

  const run = <T>(effect: () => Observable<T>): Observable<T> =>
    TestBed.runInInjectionContext(effect);

  it('loads the open follow-ups on the card\'s retry, and again after a conflict', async () => {
    sessionsApi.loadOpenFollowUps.and.returnValue(of([item]));
    for (const action of [
      OpenFollowUpsActions.retryClicked({ clientId: CLIENT_ID }),
      SessionsApiActions.followUpMarkConflicted({ clientId: CLIENT_ID, followUpId: item.id }),
    ]) {
      actions$ = of(action);
      expect(await firstValueFrom(run(effects.loadFollowUps))).toEqual(
        SessionsApiActions.followUpsLoaded({ clientId: CLIENT_ID, items: [item] }),
      );
    }
  });

  it("shows the open follow-ups out of the client Overview's answer, or its failure", async () => {
    const overview = overviewOf(clientWith({ id: CLIENT_ID }));
    const problem = { type: 'about:blank', title: 'Down', status: 500 };
    actions$ = of(ClientsApiActions.overviewLoaded({ overview }), ClientsApiActions.overviewLoadFailed({ clientId: CLIENT_ID, problem }));

    expect(await firstValueFrom(run(effects.overviewFollowUps).pipe(toArray()))).toEqual([
      SessionsApiActions.followUpsLoaded({ clientId: CLIENT_ID, items: overview.followUps }),
      SessionsApiActions.followUpsLoadFailed({ clientId: CLIENT_ID, problem }),
    ]);
    expect(sessionsApi.loadOpenFollowUps).not.toHaveBeenCalled();
  });

  it('ticks a follow-up off on the session’s current version', async () => {
    const saved = { ...session, version: 5 };
    actions$ = of(clicked);
    sessionsApi.loadSession.and.returnValue(of(session));
    sessionsApi.setFollowUpDone.and.returnValue(of(saved));

    const action = await firstValueFrom(run(effects.markFollowUpDone));
    expect(action).toEqual(
      SessionsApiActions.followUpMarkedDone({ followUpId: item.id, session: saved }),
    );
    expect(sessionsApi.setFollowUpDone).toHaveBeenCalledOnceWith(
      CLIENT_ID,
      item.sessionId,
      item.id,
      true,
      4,
    );

    actions$ = of(action);
    await firstValueFrom(run(effects.confirmFollowUpMarked));
    expect(notifier.show).toHaveBeenCalledOnceWith('Follow-up marked done.');
  });

  it('reloads the list when the session changed in between', async () => {
    actions$ = of(clicked);
    sessionsApi.loadSession.and.returnValue(of(session));
    sessionsApi.setFollowUpDone.and.returnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 409,
            error: {
              type: 'about:blank',
              title: 'Changed by someone else',
              status: 409,
              current: session,
            },
          }),
      ),
    );

    const action = await firstValueFrom(run(effects.markFollowUpDone));
    expect(action).toEqual(
      SessionsApiActions.followUpMarkConflicted({ clientId: CLIENT_ID, followUpId: item.id }),
    );

    actions$ = of(action);
    await firstValueFrom(run(effects.confirmFollowUpMarked).pipe(toArray()));
    expect(notifier.show).toHaveBeenCalledOnceWith(
      jasmine.stringMatching(/changed meanwhile/),
      'assertive',
    );
  });

  it('passes on any other refusal', async () => {
    const problem: ProblemDocument = { type: 'about:blank', title: 'Forbidden', status: 403 };
    actions$ = of(clicked);
    sessionsApi.loadSession.and.returnValue(
      throwError(() => new HttpErrorResponse({ status: 403, error: problem })),
    );

    expect(await firstValueFrom(run(effects.markFollowUpDone))).toEqual(
      SessionsApiActions.followUpMarkFailed({ clientId: CLIENT_ID, followUpId: item.id, problem }),
    );
    expect(sessionsApi.setFollowUpDone).not.toHaveBeenCalled();
  });
});
