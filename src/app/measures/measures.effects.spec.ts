import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { firstValueFrom, of, throwError, toArray, type Observable } from 'rxjs';
import { Notifier } from '../core/layout/notifier';
import { memberNumber } from '../network/testing/network-fixtures';
import { sessionWith } from '../sessions/testing/sessions-fixtures';
import { MeasureFormActions } from './measure-form.actions';
import { MeasureHistoryDialogActions } from './measure-history-dialog.actions';
import { MeasuresApi } from './measures-api';
import { MeasuresApiActions } from './measures-api.actions';
import { MeasuresOverviewActions } from './measures-overview.actions';
import { MeasuresTabActions } from './measures-tab.actions';
import * as effects from './measures.effects';
import { initialMeasuresState } from './measures.feature';
import { CLIENT_ID, indicatorsWith, measureNumber, problemWith, revisionWith } from './testing/measures-fixtures';
import { ClientsApiActions } from '../clients/clients-api.actions';
import { clientWith, overviewOf } from '../clients/testing/clients-fixtures';

describe('measures effects', () => {
  let actions$: Observable<Action>;
  let api: jasmine.SpyObj<MeasuresApi>;
  let notifier: jasmine.SpyObj<Notifier>;
  let store: MockStore;
  const measure = measureNumber(1, 'ucla-3', [1, 1, 2]);
  const view = { items: [measure], indicators: indicatorsWith() };
  const amendment = { administeredOn: measure.administeredOn, completedBy: measure.completedBy, answers: [1, 1, 1], amendmentReason: 'Typo' };

  beforeEach(() => {
    api = jasmine.createSpyObj<MeasuresApi>('MeasuresApi', [
      'loadMeasures',
      'recordMeasure',
      'amendMeasure',
      'loadHistory',
      'loadSessionDates',
      'loadNetworkMembers',
      'loadNetworkEvents',
    ]);
    notifier = jasmine.createSpyObj<Notifier>('Notifier', ['show']);
    notifier.show.and.resolveTo();
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        provideMockStore({ initialState: { measures: { ...initialMeasuresState, clientId: CLIENT_ID } } }),
        { provide: MeasuresApi, useValue: api },
        { provide: Notifier, useValue: notifier },
      ],
    });
    store = TestBed.inject(MockStore);
  });

  const run = <T>(effect: () => Observable<T>): Observable<T> => TestBed.runInInjectionContext(effect);

  it('loads the measures of the client on screen when the tab or a form opens, and on retry', async () => {
    api.loadMeasures.and.returnValue(of(view));
    for (const opened of [
      MeasuresTabActions.opened({ clientId: CLIENT_ID }),
      MeasuresOverviewActions.retryClicked(),
      MeasureFormActions.amendOpened({ clientId: CLIENT_ID, measureId: measure.id }),
      MeasuresTabActions.retryClicked(),
    ]) {
      actions$ = of(opened);
      expect(await firstValueFrom(run(effects.loadMeasures))).toEqual(MeasuresApiActions.measuresLoaded({ clientId: CLIENT_ID, view }));
    }
    expect(api.loadMeasures).toHaveBeenCalledWith(CLIENT_ID);
  });

  it("shows the measures and the session dates out of the client Overview's answer, or both failed", async () => {
    const overview = {
      ...overviewOf(clientWith({ id: CLIENT_ID })),
      measures: { items: [measure], indicators: indicatorsWith({ flags: ['loneliness'] }) },
      sessions: [{ ...sessionWith(), startsAt: '2026-03-01T10:00:00.000Z', status: 'completed' as const }],
    };
    const problem = problemWith(500);
    actions$ = of(ClientsApiActions.overviewLoaded({ overview }), ClientsApiActions.overviewLoadFailed({ clientId: CLIENT_ID, problem }));

    expect(await firstValueFrom(run(effects.overviewMeasures).pipe(toArray()))).toEqual([
      MeasuresApiActions.measuresLoaded({ clientId: CLIENT_ID, view: overview.measures }),
      MeasuresApiActions.sessionsLoaded({
        clientId: CLIENT_ID,
        sessions: [{ id: overview.sessions[0].id, startsAt: '2026-03-01T10:00:00.000Z', status: 'completed', type: overview.sessions[0].type }],
      }),
      MeasuresApiActions.measuresLoadFailed({ clientId: CLIENT_ID, problem }),
      MeasuresApiActions.sessionsLoadFailed({ clientId: CLIENT_ID }),
    ]);
    expect(api.loadMeasures).not.toHaveBeenCalled();
  });

  it('reports a failed load with its problem', async () => {
    actions$ = of(MeasuresTabActions.opened({ clientId: CLIENT_ID }));
    api.loadMeasures.and.returnValue(throwError(() => new HttpErrorResponse({ status: 500, error: problemWith(500, { detail: 'Down' }) })));

    expect(await firstValueFrom(run(effects.loadMeasures))).toEqual(
      MeasuresApiActions.measuresLoadFailed({ clientId: CLIENT_ID, problem: problemWith(500, { detail: 'Down' }) }),
    );
  });

  it('loads nothing before a client is on screen', async () => {
    store.setState({ measures: initialMeasuresState });
    actions$ = of(MeasuresTabActions.retryClicked());

    expect(await firstValueFrom(run(effects.loadMeasures).pipe(toArray()))).toEqual([]);
    expect(api.loadMeasures).not.toHaveBeenCalled();
  });

  it('loads session dates for the tab and on the Overview\'s retry, and the network for the tab only', async () => {
    const sessions = [{ id: 's1', startsAt: '2026-03-01T10:00:00.000Z', status: 'completed' as const, type: 'family-session' as const }];
    const members = [memberNumber(1)];
    api.loadSessionDates.and.returnValue(of(sessions));
    api.loadNetworkMembers.and.returnValue(of(members));

    actions$ = of(MeasuresOverviewActions.retryClicked());
    expect(await firstValueFrom(run(effects.loadSessionDates))).toEqual(MeasuresApiActions.sessionsLoaded({ clientId: CLIENT_ID, sessions }));
    expect(await firstValueFrom(run(effects.loadNetworkMembers).pipe(toArray()))).toEqual([]);

    actions$ = of(MeasuresTabActions.opened({ clientId: CLIENT_ID }));
    expect(await firstValueFrom(run(effects.loadNetworkMembers))).toEqual(MeasuresApiActions.networkLoaded({ clientId: CLIENT_ID, members }));
  });

  it('lets the chart go without sessions or network when they fail to load', async () => {
    actions$ = of(MeasuresTabActions.opened({ clientId: CLIENT_ID }));
    api.loadSessionDates.and.returnValue(throwError(() => new HttpErrorResponse({ status: 500 })));
    api.loadNetworkMembers.and.returnValue(throwError(() => new HttpErrorResponse({ status: 500 })));

    expect(await firstValueFrom(run(effects.loadSessionDates))).toEqual(MeasuresApiActions.sessionsLoadFailed({ clientId: CLIENT_ID }));
    expect(await firstValueFrom(run(effects.loadNetworkMembers))).toEqual(MeasuresApiActions.networkLoadFailed({ clientId: CLIENT_ID }));
  });

  it('loads the network’s changes when the tab opens, and lets the chart go without them when they fail', async () => {
    const events = [{ id: 'm.1.tie-added', memberId: 'm', kind: 'tie-added' as const, date: '2026-01-02', from: null, to: null }];
    actions$ = of(MeasuresTabActions.opened({ clientId: CLIENT_ID }));
    api.loadNetworkEvents.and.returnValue(of(events));
    expect(await firstValueFrom(run(effects.loadNetworkEvents))).toEqual(MeasuresApiActions.networkEventsLoaded({ clientId: CLIENT_ID, events }));
    expect(api.loadNetworkEvents).toHaveBeenCalledWith(CLIENT_ID);

    api.loadNetworkEvents.and.returnValue(throwError(() => new HttpErrorResponse({ status: 500 })));
    expect(await firstValueFrom(run(effects.loadNetworkEvents))).toEqual(MeasuresApiActions.networkEventsLoadFailed({ clientId: CLIENT_ID }));

    actions$ = of(MeasuresOverviewActions.retryClicked());
    expect(await firstValueFrom(run(effects.loadNetworkEvents).pipe(toArray()))).toEqual([]);
  });

  it('records a measure, or reports the server’s field errors', async () => {
    const request = { instrument: 'ucla-3' as const, administeredOn: measure.administeredOn, completedBy: measure.completedBy, answers: [1, 1, 2] };
    actions$ = of(MeasureFormActions.recordSubmitted({ clientId: CLIENT_ID, request }));
    api.recordMeasure.and.returnValue(of(measure));
    expect(await firstValueFrom(run(effects.recordMeasure))).toEqual(MeasuresApiActions.measureRecorded({ measure }));
    expect(api.recordMeasure).toHaveBeenCalledOnceWith(CLIENT_ID, request);

    const problem = problemWith(400, { errors: [{ field: 'administeredOn', message: 'Must not be in the future.' }] });
    api.recordMeasure.and.returnValue(throwError(() => new HttpErrorResponse({ status: 400, error: problem })));
    expect(await firstValueFrom(run(effects.recordMeasure))).toEqual(MeasuresApiActions.measureSaveFailed({ problem }));
  });

  it('amends a measure on its version; a stale version becomes a conflict with the measure as it is now', async () => {
    actions$ = of(MeasureFormActions.amendSubmitted({ clientId: CLIENT_ID, measureId: measure.id, amendment, version: 1 }));
    const amended = { ...measure, version: 2, amended: true };
    api.amendMeasure.and.returnValue(of(amended));
    expect(await firstValueFrom(run(effects.amendMeasure))).toEqual(MeasuresApiActions.measureAmended({ measure: amended }));
    expect(api.amendMeasure).toHaveBeenCalledOnceWith(CLIENT_ID, measure.id, amendment, 1);

    const current = { ...measure, version: 3 };
    api.amendMeasure.and.returnValue(throwError(() => new HttpErrorResponse({ status: 409, error: problemWith(409, { current }) })));
    expect(await firstValueFrom(run(effects.amendMeasure))).toEqual(
      MeasuresApiActions.measureSaveConflicted({ conflict: { current, amendment } }),
    );
  });

  it('loads a measure’s history', async () => {
    const items = [revisionWith(1, measure)];
    actions$ = of(MeasureHistoryDialogActions.opened({ clientId: CLIENT_ID, measureId: measure.id }));
    api.loadHistory.and.returnValue(of(items));

    expect(await firstValueFrom(run(effects.loadHistory))).toEqual(MeasuresApiActions.historyLoaded({ measureId: measure.id, items }));
  });

  it('confirms a save in a snack bar', async () => {
    actions$ = of(MeasuresApiActions.measureRecorded({ measure }), MeasuresApiActions.measureAmended({ measure }));
    await firstValueFrom(run(effects.confirmMeasureSaved).pipe(toArray()));

    expect(notifier.show.calls.allArgs()).toEqual([
      ['Measure saved.'],
      ['Measure amended. The earlier answers stay in its history.'],
    ]);
  });
});
