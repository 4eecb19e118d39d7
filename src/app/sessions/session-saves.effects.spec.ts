import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import type { ProblemDocument } from '@domain/problem/problem-document';
import type { PlanSessionRequest } from '@domain/sessions/session-requests';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { firstValueFrom, of, throwError, toArray, type Observable } from 'rxjs';
import { Notifier } from '../core/layout/notifier';
import { PlanDialogActions } from './plan-dialog.actions';
import { RecordPageActions } from './record-page.actions';
import type { SessionRecordFields } from './session-edit';
import * as effects from './session-saves.effects';
import { SessionsApi } from './sessions-api';
import { SessionsApiActions } from './sessions-api.actions';
import {
  CLIENT_ID,
  completedSession,
  CONSENTING,
  sessionWith,
  UNASKED,
} from './testing/sessions-fixtures';

describe('session save effects', () => {
  let actions$: Observable<Action>;
  let sessionsApi: jasmine.SpyObj<SessionsApi>;
  let notifier: jasmine.SpyObj<Notifier>;
  const session = sessionWith();
  const plan: PlanSessionRequest = {
    type: 'family-session',
    modality: 'in-person',
    startsAt: '2026-12-01T14:00:00.000Z',
    durationMinutes: 60,
    location: 'Room 3',
    memberIds: [CONSENTING.id, UNASKED.id],
    clinicianIds: [],
    goals: '',
    pastSession: false,
    consentWarningAcknowledged: false,
    overlapAcknowledged: false,
    clientDeclinedAcknowledged: false,
    clientDeclinedReason: '',
  };
  const record: SessionRecordFields = {
    status: 'completed',
    attendance: [{ id: CONSENTING.id, attendance: 'attended' }],
    goals: '',
    summary: 'Sister will drive.',
    interventions: '',
    dynamicsObservations: '',
    outcomes: '',
    riskConcerns: '',
    followUps: [],
    amendmentReason: null,
  };
  const answer = (status: number, error: Partial<ProblemDocument>) =>
    throwError(
      () =>
        new HttpErrorResponse({
          status,
          error: { type: 'about:blank', title: 'Conflict', status, ...error },
        }),
    );

  beforeEach(() => {
    sessionsApi = jasmine.createSpyObj<SessionsApi>('SessionsApi', [
      'planSession',
      'updatePlan',
      'recordSession',
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
  const planned = (sessionId: string | null = null, version: number | null = null) =>
    PlanDialogActions.submitted({ clientId: CLIENT_ID, sessionId, plan, version });

  it('plans a new session, and confirms it', async () => {
    actions$ = of(planned());
    sessionsApi.planSession.and.returnValue(of(session));

    const action = await firstValueFrom(run(effects.savePlan));
    expect(action).toEqual(SessionsApiActions.sessionPlanned({ session }));
    expect(sessionsApi.planSession).toHaveBeenCalledOnceWith(CLIENT_ID, plan);

    actions$ = of(action);
    await firstValueFrom(run(effects.confirmSaved));
    expect(notifier.show).toHaveBeenCalledOnceWith('Session planned.');
  });

  it('re-plans a session on its version', async () => {
    actions$ = of(planned(session.id, 1));
    sessionsApi.updatePlan.and.returnValue(of(session));

    expect(await firstValueFrom(run(effects.savePlan))).toEqual(
      SessionsApiActions.planUpdated({ session }),
    );
    expect(sessionsApi.updatePlan).toHaveBeenCalledOnceWith(CLIENT_ID, session.id, plan, 1);
  });

  it('hands the warnings of "Acknowledgement required" back, naming the invitee', async () => {
    actions$ = of(planned());
    sessionsApi.planSession.and.returnValue(
      answer(409, {
        title: 'Acknowledgement required',
        errors: [
          {
            field: 'memberIds.1',
            message: 'Consent to share not asked: invite only after acknowledging this.',
          },
          { field: 'startsAt', message: 'Overlaps 1 other session(s) of yours.' },
        ],
      }),
    );

    expect(await firstValueFrom(run(effects.savePlan))).toEqual(
      SessionsApiActions.saveNeedsAcknowledgement({
        warnings: [
          {
            kind: 'consent',
            memberId: UNASKED.id,
            message: 'Consent to share not asked: invite only after acknowledging this.',
          },
          { kind: 'overlap', memberId: null, message: 'Overlaps 1 other session(s) of yours.' },
        ],
      }),
    );
  });

  it('hands a re-plan on a stale version over as a conflict, and passes on other refusals', async () => {
    const current = { ...session, version: 2 };
    actions$ = of(planned(session.id, 1));
    sessionsApi.updatePlan.and.returnValue(
      answer(409, { title: 'Changed by someone else', current }),
    );

    expect(await firstValueFrom(run(effects.savePlan))).toEqual(
      SessionsApiActions.saveConflicted({ conflict: { current, edit: { kind: 'plan', plan } } }),
    );

    const problem = {
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      detail: 'Only a planned session can be re-planned.',
    };
    sessionsApi.updatePlan.and.returnValue(answer(409, problem));
    expect(await firstValueFrom(run(effects.savePlan))).toEqual(
      SessionsApiActions.saveFailed({ problem }),
    );
  });

  it('records a session on its version, and hands a stale one over as a conflict', async () => {
    const recorded = completedSession();
    actions$ = of(
      RecordPageActions.submitted({
        clientId: CLIENT_ID,
        sessionId: session.id,
        record,
        version: 1,
      }),
    );
    sessionsApi.recordSession.and.returnValue(of(recorded));

    expect(await firstValueFrom(run(effects.saveRecord))).toEqual(
      SessionsApiActions.sessionRecorded({ session: recorded }),
    );
    expect(sessionsApi.recordSession).toHaveBeenCalledOnceWith(CLIENT_ID, session.id, record, 1);

    sessionsApi.recordSession.and.returnValue(answer(409, { current: recorded }));
    expect(await firstValueFrom(run(effects.saveRecord))).toEqual(
      SessionsApiActions.saveConflicted({
        conflict: { current: recorded, edit: { kind: 'record', record } },
      }),
    );
  });

  it('tells the user an amendment keeps the earlier record', async () => {
    actions$ = of(
      SessionsApiActions.sessionRecorded({ session: completedSession({ amended: true }) }),
    );

    await firstValueFrom(run(effects.confirmSaved).pipe(toArray()));

    expect(notifier.show).toHaveBeenCalledOnceWith(
      'Amendment saved. The earlier record stays in the session’s history.',
    );
  });
});
