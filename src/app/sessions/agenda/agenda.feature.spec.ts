import type { ProblemDocument } from '@domain/problem/problem-document';
import { AgendaApiActions } from './agenda-api.actions';
import { AgendaPageActions } from './agenda-page.actions';
import { agendaWindow } from './agenda-window';
import {
  AGENDA_PAGE_SIZE,
  agendaFeature,
  initialAgendaState,
  type AgendaState,
} from './agenda.feature';
import { agendaEntryNumber, agendaStateWith, localInstant } from './testing/agenda-fixtures';

describe('agenda feature', () => {
  const reducer = agendaFeature.reducer;
  const now = Date.parse(localInstant(2026, 12, 3, 9, 0));
  const week = agendaWindow(now, 'week');
  const fortnight = agendaWindow(now, 'two-weeks');
  const problem: ProblemDocument = { type: 'about:blank', title: 'Forbidden', status: 403 };
  const entry = agendaEntryNumber(1);

  describe('reducer', () => {
    it('loads the window on screen when the page opens, keeping the chosen period', () => {
      const state = reducer(
        { ...initialAgendaState, range: 'two-weeks' },
        AgendaPageActions.opened({ window: fortnight }),
      );

      expect(state).toEqual({
        ...initialAgendaState,
        range: 'two-weeks',
        window: fortnight,
        loadStatus: 'loading',
      });
    });

    it('switches period and loads it', () => {
      const state = reducer(
        agendaStateWith([entry], { window: week, loadStatus: 'loaded' }),
        AgendaPageActions.rangeChanged({ range: 'two-weeks', window: fortnight }),
      );

      expect(state.range).toBe('two-weeks');
      expect(state.window).toEqual(fortnight);
      expect(state.loadStatus).toBe('loading');
    });

    it('keeps the answer for the window on screen and goes back to the first page', () => {
      const state = reducer(
        { ...initialAgendaState, window: week, loadStatus: 'loading', pageIndex: 2 },
        AgendaApiActions.agendaLoaded({ window: week, items: [entry] }),
      );

      expect(state).toEqual(agendaStateWith([entry], { window: week, loadStatus: 'loaded' }));
    });

    it('drops an answer for a period the user has left', () => {
      const before: AgendaState = {
        ...initialAgendaState,
        window: fortnight,
        loadStatus: 'loading',
      };

      expect(reducer(before, AgendaApiActions.agendaLoaded({ window: week, items: [entry] }))).toBe(
        before,
      );
      expect(reducer(before, AgendaApiActions.agendaLoadFailed({ window: week, problem }))).toBe(
        before,
      );
    });

    it('keeps the problem when the agenda cannot be loaded, and clears it on retry', () => {
      const failed = reducer(
        { ...initialAgendaState, window: week, loadStatus: 'loading' },
        AgendaApiActions.agendaLoadFailed({ window: week, problem }),
      );
      expect(failed).toEqual({
        ...initialAgendaState,
        window: week,
        loadStatus: 'failed',
        loadError: problem,
      });

      expect(reducer(failed, AgendaPageActions.retryClicked())).toEqual({
        ...initialAgendaState,
        window: week,
        loadStatus: 'loading',
      });
    });

    it('moves to another page', () => {
      expect(
        reducer(initialAgendaState, AgendaPageActions.pageChanged({ pageIndex: 1 })).pageIndex,
      ).toBe(1);
    });
  });

  describe('view model', () => {
    const viewOf = (state: AgendaState) => agendaFeature.selectAgendaViewModel({ agenda: state });

    it('groups the sessions in the window by local day, worded, soonest first', () => {
      const morning = agendaEntryNumber(1, {
        startsAt: localInstant(2026, 12, 3, 9, 0),
        durationMinutes: 50,
      });
      const evening = agendaEntryNumber(2, {
        startsAt: localInstant(2026, 12, 3, 23, 30),
        modality: 'video',
        type: 'network-meeting',
        location: '',
        status: 'cancelled',
      });
      const nextDay = agendaEntryNumber(3, {
        startsAt: localInstant(2026, 12, 4, 0, 15),
        attendees: [],
      });
      const tooLate = agendaEntryNumber(4, { startsAt: localInstant(2026, 12, 10, 0, 0) });
      const state = agendaStateWith([nextDay, tooLate, evening, morning], {
        window: week,
        loadStatus: 'loaded',
      });

      const view = viewOf(state);

      expect(view.total).toBe(3);
      expect(view.days.map((day) => [day.day, day.rows.map((row) => row.clientName)])).toEqual([
        ['2026-12-03', ['Client 1', 'Client 2']],
        ['2026-12-04', ['Client 3']],
      ]);
      expect(view.days[0].rows[0]).toEqual({
        sessionId: morning.session.id,
        clientId: morning.client.id,
        clientName: 'Client 1',
        caseNumber: 'CC-2026-0001',
        startsAt: morning.session.startsAt,
        endsAt: localInstant(2026, 12, 3, 9, 50),
        type: 'Family session',
        modality: 'In person',
        location: 'Riverside clinic, room 2',
        attendees: ['Jo Example'],
        status: 'planned',
        statusLabel: 'Planned',
      });
      expect(view.days[0].rows[1]).toEqual(
        jasmine.objectContaining({
          type: 'Network meeting',
          modality: 'Video',
          location: '',
          statusLabel: 'Cancelled',
        }),
      );
      expect(view.days[1].rows[0].attendees).toEqual([]);
    });

    it('pages long periods', () => {
      const entries = Array.from({ length: AGENDA_PAGE_SIZE + 3 }, (_, index) =>
        agendaEntryNumber(index + 1, {
          startsAt: localInstant(2026, 12, 3 + (index % 5), 8 + Math.floor(index / 5), 0),
        }),
      );
      const state = agendaStateWith(entries, { window: week, loadStatus: 'loaded', pageIndex: 1 });

      const view = viewOf(state);

      expect(view.total).toBe(AGENDA_PAGE_SIZE + 3);
      expect(view.pageIndex).toBe(1);
      expect(view.days.flatMap((day) => day.rows).length).toBe(3);
    });

    it('says when the period is empty, loading or failed', () => {
      expect(viewOf(agendaStateWith([], { window: week, loadStatus: 'loaded' }))).toEqual(
        jasmine.objectContaining({ empty: true, loading: false, error: null, days: [] }),
      );
      expect(viewOf(agendaStateWith([], { window: week, loadStatus: 'loading' }))).toEqual(
        jasmine.objectContaining({ empty: false, loading: true }),
      );
      expect(
        viewOf(agendaStateWith([], { window: week, loadStatus: 'failed', loadError: problem })),
      ).toEqual(jasmine.objectContaining({ empty: false, loading: false, error: problem }));
    });
  });
});
