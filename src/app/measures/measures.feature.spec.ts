import { sessionInfoFor, signedInState } from '../../testing/auth-fixtures';
import { ClientOverviewActions } from '../clients/client-overview.actions';
import { memberNumber } from '../network/testing/network-fixtures';
import { MeasureFormActions } from './measure-form.actions';
import { MeasureHistoryDialogActions } from './measure-history-dialog.actions';
import { MeasuresApiActions } from './measures-api.actions';
import { MeasuresTabActions } from './measures-tab.actions';
import { initialMeasuresState, measuresFeature } from './measures.feature';
import { namedNetworkEvents } from './trend-chart/named-network-events';
import {
  CLIENT_ID,
  indicatorsWith,
  measureNumber,
  measuresStateWith,
  problemWith,
  revisionWith,
} from './testing/measures-fixtures';

const { reducer } = measuresFeature;
const OTHER_CLIENT = '0190a1b2-1111-7000-8000-0000000000ff';

describe('measures reducer', () => {
  const first = measureNumber(1);
  const second = measureNumber(2, 'ucla-3', [1, 2, 1]);
  const view = { items: [first, second], indicators: indicatorsWith() };

  it('starts empty', () => {
    expect(reducer(undefined, { type: '@@init' })).toEqual(initialMeasuresState);
  });

  it('opens the tab for a client: measures, sessions and network load', () => {
    expect(reducer(initialMeasuresState, MeasuresTabActions.opened({ clientId: CLIENT_ID }))).toEqual({
      ...initialMeasuresState,
      clientId: CLIENT_ID,
      loadStatus: 'loading',
      sessionsStatus: 'loading',
      networkStatus: 'loading',
      networkEventsStatus: 'loading',
    });
  });

  it('opens the Overview without the network (its small chart does not draw it)', () => {
    const opened = reducer(initialMeasuresState, ClientOverviewActions.opened({ clientId: CLIENT_ID }));

    expect(opened.sessionsStatus).toBe('loading');
    expect(opened.networkStatus).toBe('idle');
  });

  it('keeps the same client’s measures on screen while they reload, and drops another client’s', () => {
    const loaded = measuresStateWith([first]);

    expect(reducer(loaded, MeasuresTabActions.opened({ clientId: CLIENT_ID })).entities).toEqual(loaded.entities);
    const other = reducer(loaded, MeasuresTabActions.opened({ clientId: OTHER_CLIENT }));
    expect(other.ids).toEqual([]);
    expect(other.indicators).toBeNull();
    expect(other.clientId).toBe(OTHER_CLIENT);
  });

  it('stores the measures oldest first with today’s indicators, ignoring an answer for another client', () => {
    const loading = reducer(initialMeasuresState, MeasuresTabActions.opened({ clientId: CLIENT_ID }));
    const loaded = reducer(loading, MeasuresApiActions.measuresLoaded({ clientId: CLIENT_ID, view: { ...view, items: [second, first] } }));

    expect(loaded.ids).toEqual([first.id, second.id]);
    expect(loaded.indicators).toEqual(view.indicators);
    expect(loaded.loadStatus).toBe('loaded');
    expect(reducer(loading, MeasuresApiActions.measuresLoaded({ clientId: OTHER_CLIENT, view }))).toEqual(loading);
  });

  it('remembers a failed load until retried', () => {
    const problem = problemWith(500);
    const failed = reducer(
      measuresStateWith([], { loadStatus: 'loading' }),
      MeasuresApiActions.measuresLoadFailed({ clientId: CLIENT_ID, problem }),
    );

    expect(failed.loadStatus).toBe('failed');
    expect(failed.loadError).toEqual(problem);
    const retrying = reducer(failed, MeasuresTabActions.retryClicked());
    expect(retrying.loadStatus).toBe('loading');
    expect(retrying.loadError).toBeNull();
  });

  it('keeps what the chart draws beside the scores, or notes that it could not be loaded', () => {
    const opened = reducer(initialMeasuresState, MeasuresTabActions.opened({ clientId: CLIENT_ID }));
    const sessions = [{ id: 's2', startsAt: '2026-03-01T10:00:00.000Z', status: 'completed' as const, type: 'family-session' as const }];
    const members = [memberNumber(1)];

    const withContext = reducer(
      reducer(opened, MeasuresApiActions.sessionsLoaded({ clientId: CLIENT_ID, sessions })),
      MeasuresApiActions.networkLoaded({ clientId: CLIENT_ID, members }),
    );
    expect(withContext).toEqual(
      jasmine.objectContaining({ sessions, sessionsStatus: 'loaded', networkMembers: members, networkStatus: 'loaded' }),
    );
    const failed = reducer(opened, MeasuresApiActions.networkLoadFailed({ clientId: CLIENT_ID }));
    expect(failed.networkStatus).toBe('failed');
    expect(failed.networkMembers).toBeNull();
  });

  it('keeps the network’s changes for the chart, named from the members', () => {
    const opened = reducer(initialMeasuresState, MeasuresTabActions.opened({ clientId: CLIENT_ID }));
    expect(opened.networkEventsStatus).toBe('loading');
    const member = memberNumber(1);
    const events = [
      { id: `${member.id}.2.quality-changed`, memberId: member.id, kind: 'quality-changed' as const, date: '2026-04-02', from: 'supportive' as const, to: 'strained' as const },
      { id: 'gone.1.tie-added', memberId: 'gone', kind: 'tie-added' as const, date: '2026-01-02', from: null, to: null },
    ];
    const withEvents = reducer(opened, MeasuresApiActions.networkEventsLoaded({ clientId: CLIENT_ID, events }));
    expect(withEvents.networkEventsStatus).toBe('loaded');
    const context = measuresFeature.selectChartContext({ ...signedInState(sessionInfoFor('therapist')), measures: withEvents });
    expect(context.networkEvents).toEqual(events);
    const named = namedNetworkEvents(events, [member]);
    expect(named.map(({ memberName, worsening }) => ({ memberName, worsening }))).toEqual([
      { memberName: member.name, worsening: true },
      { memberName: 'A former member', worsening: false },
    ]);
    // Another client's answer that arrives late changes nothing.
    expect(reducer(opened, MeasuresApiActions.networkEventsLoaded({ clientId: 'other', events }))).toEqual(opened);
    expect(reducer(opened, MeasuresApiActions.networkEventsLoadFailed({ clientId: CLIENT_ID })).networkEventsStatus).toBe('failed');
  });

  it('follows a save: saving, then the saved measure in the list', () => {
    const opened = reducer(measuresStateWith([first]), MeasureFormActions.recordOpened({ clientId: CLIENT_ID }));
    expect(opened.saveStatus).toBe('idle');
    const saving = reducer(opened, MeasureFormActions.recordSubmitted({
        clientId: CLIENT_ID,
        request: { instrument: 'ucla-3', administeredOn: second.administeredOn, completedBy: 'self-report', answers: [1, 2, 1] },
      }));
    expect(saving.saveStatus).toBe('saving');

    const saved = reducer(saving, MeasuresApiActions.measureRecorded({ measure: second }));
    expect(saved.saveStatus).toBe('saved');
    expect(saved.ids).toEqual([first.id, second.id]);
  });

  it('keeps a failed save’s problem, and a conflict until the user decides', () => {
    const problem = problemWith(400, { errors: [{ field: 'answers.1', message: 'Item 2 is unanswered.' }] });
    const failed = reducer(measuresStateWith([first], { saveStatus: 'saving' }), MeasuresApiActions.measureSaveFailed({ problem }));
    expect(failed.saveStatus).toBe('failed');
    expect(failed.saveError).toEqual(problem);

    const current = { ...first, version: 2, amended: true };
    const amendment = { administeredOn: first.administeredOn, completedBy: first.completedBy, answers: [...first.answers], amendmentReason: 'Typo' };
    const conflicted = reducer(failed, MeasuresApiActions.measureSaveConflicted({ conflict: { current, amendment } }));
    expect(conflicted.saveStatus).toBe('conflicted');
    expect(conflicted.conflict).toEqual({ current, amendment });

    const discarded = reducer(conflicted, MeasureFormActions.conflictDiscarded({ current }));
    expect(discarded.conflict).toBeNull();
    expect(discarded.saveStatus).toBe('idle');
    expect(discarded.entities[first.id]).toEqual(current);
  });

  it('loads one measure’s history, ignoring an answer about another measure', () => {
    const opened = reducer(
      measuresStateWith([first]),
      MeasureHistoryDialogActions.opened({ clientId: CLIENT_ID, measureId: first.id }),
    );
    expect(opened.history).toEqual({ measureId: first.id, items: [], status: 'loading', error: null });

    const items = [revisionWith(1, first)];
    expect(reducer(opened, MeasuresApiActions.historyLoaded({ measureId: second.id, items })).history.status).toBe('loading');
    expect(reducer(opened, MeasuresApiActions.historyLoaded({ measureId: first.id, items })).history).toEqual({
      measureId: first.id,
      items,
      status: 'loaded',
      error: null,
    });
    expect(reducer(opened, MeasuresApiActions.historyLoadFailed({ measureId: first.id, problem: problemWith(500) })).history.status).toBe(
      'failed',
    );
  });
});

describe('measures selectors', () => {
  const state = (measures: Parameters<typeof measuresStateWith>[1] = {}, role: 'therapist' | 'supervisor' = 'therapist') => ({
    ...signedInState(sessionInfoFor(role)),
    measures: measuresStateWith([measureNumber(1)], measures),
  });

  it('tells the tab what to show, and who may write', () => {
    const viewModel = measuresFeature.selectMeasuresViewModel(state());
    expect(viewModel).toEqual(
      jasmine.objectContaining({ canWrite: true, loading: false, reloading: false, error: null, empty: false }),
    );
    expect(measuresFeature.selectMeasuresViewModel(state({}, 'supervisor')).canWrite).toBeFalse();
    expect(measuresFeature.selectMeasuresViewModel(state({ loadStatus: 'loading', indicators: null })).loading).toBeTrue();
    expect(measuresFeature.selectMeasuresViewModel(state({ loadStatus: 'loading' })).reloading).toBeTrue();
    expect(measuresFeature.selectMeasuresViewModel(state({ loadStatus: 'failed', loadError: problemWith(500) })).error?.status).toBe(500);
  });

  it('says "empty" only once the server answered with no measures', () => {
    const empty = { ...signedInState(sessionInfoFor('therapist')), measures: measuresStateWith([]) };
    expect(measuresFeature.selectMeasuresViewModel(empty).empty).toBeTrue();
    expect(measuresFeature.selectMeasuresViewModel({ ...empty, measures: { ...empty.measures, loadStatus: 'loading' } }).empty).toBeFalse();
  });
});
