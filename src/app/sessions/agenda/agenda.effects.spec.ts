import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { provideMockActions } from '@ngrx/effects/testing';
import type { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { firstValueFrom, of, Subject, throwError, toArray, type Observable } from 'rxjs';
import { AgendaApi } from './agenda-api';
import { AgendaApiActions } from './agenda-api.actions';
import { AgendaPageActions } from './agenda-page.actions';
import { agendaWindow } from './agenda-window';
import * as effects from './agenda.effects';
import { initialAgendaState } from './agenda.feature';
import { agendaEntryNumber, localInstant } from './testing/agenda-fixtures';

describe('agenda effects', () => {
  let actions$: Observable<Action>;
  let agendaApi: jasmine.SpyObj<AgendaApi>;
  let store: MockStore;
  const window = agendaWindow(Date.parse(localInstant(2026, 12, 3, 9, 0)), 'week');
  const entry = agendaEntryNumber(1);

  beforeEach(() => {
    agendaApi = jasmine.createSpyObj<AgendaApi>('AgendaApi', ['loadAgenda']);
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        provideMockStore({ initialState: { agenda: { ...initialAgendaState, window } } }),
        { provide: AgendaApi, useValue: agendaApi },
      ],
    });
    store = TestBed.inject(MockStore);
  });

  const run = () => TestBed.runInInjectionContext(effects.loadAgenda);

  it('loads the UTC days that cover the window on screen when the page opens', async () => {
    actions$ = of(AgendaPageActions.opened({ window }));
    agendaApi.loadAgenda.and.returnValue(of([entry]));

    expect(await firstValueFrom(run())).toEqual(
      AgendaApiActions.agendaLoaded({ window, items: [entry] }),
    );
    expect(agendaApi.loadAgenda).toHaveBeenCalledOnceWith({
      from: window.start.slice(0, 10),
      to: new Date(Date.parse(window.end) - 1).toISOString().slice(0, 10),
    });
  });

  it('passes on the problem when the agenda cannot be loaded', async () => {
    const problem: ProblemDocument = { type: 'about:blank', title: 'Forbidden', status: 403 };
    actions$ = of(AgendaPageActions.retryClicked());
    agendaApi.loadAgenda.and.returnValue(
      throwError(() => new HttpErrorResponse({ status: 403, error: problem })),
    );

    expect(await firstValueFrom(run())).toEqual(
      AgendaApiActions.agendaLoadFailed({ window, problem }),
    );
  });

  it('drops the request for a period the user has left', async () => {
    const fortnight = agendaWindow(Date.parse(localInstant(2026, 12, 3, 9, 0)), 'two-weeks');
    const slow = new Subject<readonly never[]>();
    const actions = new Subject<Action>();
    actions$ = actions;
    agendaApi.loadAgenda.and.returnValues(slow, of([entry]));
    const emitted = firstValueFrom(run().pipe(toArray()));

    actions.next(AgendaPageActions.opened({ window }));
    store.setState({ agenda: { ...initialAgendaState, range: 'two-weeks', window: fortnight } });
    actions.next(AgendaPageActions.rangeChanged({ range: 'two-weeks', window: fortnight }));
    slow.next([]);
    actions.complete();

    expect(await emitted).toEqual([
      AgendaApiActions.agendaLoaded({ window: fortnight, items: [entry] }),
    ]);
  });

  it('asks nothing before a window is set', async () => {
    store.setState({ agenda: initialAgendaState });
    actions$ = of(AgendaPageActions.retryClicked());

    expect(await firstValueFrom(run().pipe(toArray()))).toEqual([]);
    expect(agendaApi.loadAgenda).not.toHaveBeenCalled();
  });
});
