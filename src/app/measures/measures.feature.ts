import type { MeasureResponse, MeasureRevision } from '@domain/measures/measure';
import type { MeasureIndicators } from '@domain/measures/measure-flags';
import type { NetworkEvent } from '@domain/network/network-events';
import type { NetworkMember } from '@domain/network/network-member';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { authFeature } from '../core/auth/auth.feature';
import type { LoadStatus, SaveStatus } from '../shared/state/request-status';
import type { MeasureConflict } from './measure-edit';
import { MeasureFormActions } from './measure-form.actions';
import { MeasureHistoryDialogActions } from './measure-history-dialog.actions';
import { MeasuresApiActions } from './measures-api.actions';
import { ClientOverviewActions } from '../clients/client-overview.actions';
import { MeasuresOverviewActions } from './measures-overview.actions';
import { MeasuresTabActions } from './measures-tab.actions';
import type { SessionFacts } from './trend-chart/trend-series';

export interface MeasureHistoryState {
  readonly measureId: string | null;
  readonly items: readonly MeasureRevision[];
  readonly status: LoadStatus;
  readonly error: ProblemDocument | null;
}

/**
 * One client's measures (all of them: the trend chart reads every one), today's indicators and
 * flags, and what the chart draws beside them. Session dates and the network are extras: when
 * they fail to load, the chart goes without them.
 */
export interface MeasuresState extends EntityState<MeasureResponse> {
  readonly clientId: string | null;
  readonly indicators: MeasureIndicators | null;
  readonly loadStatus: LoadStatus;
  readonly loadError: ProblemDocument | null;
  readonly sessions: readonly SessionFacts[] | null;
  readonly sessionsStatus: LoadStatus;
  readonly networkMembers: readonly NetworkMember[] | null;
  readonly networkStatus: LoadStatus;
  /** What changed in the network, oldest first: markers on the chart, and the "between" panel. */
  readonly networkEvents: readonly NetworkEvent[] | null;
  readonly networkEventsStatus: LoadStatus;
  readonly saveStatus: SaveStatus;
  readonly saveError: ProblemDocument | null;
  readonly conflict: MeasureConflict | null;
  readonly history: MeasureHistoryState;
}

/** The server's order: oldest administered first, then by id (time-ordered). */
const oldestFirst = (a: MeasureResponse, b: MeasureResponse) =>
  a.administeredOn.localeCompare(b.administeredOn) || a.id.localeCompare(b.id);

export const measuresAdapter = createEntityAdapter<MeasureResponse>({ sortComparer: oldestFirst });

const noHistory: MeasureHistoryState = { measureId: null, items: [], status: 'idle', error: null };

export const initialMeasuresState: MeasuresState = measuresAdapter.getInitialState({
  clientId: null,
  indicators: null,
  loadStatus: 'idle',
  loadError: null,
  sessions: null,
  sessionsStatus: 'idle',
  networkMembers: null,
  networkStatus: 'idle',
  networkEvents: null,
  networkEventsStatus: 'idle',
  saveStatus: 'idle',
  saveError: null,
  conflict: null,
  history: noHistory,
});

const idleSave = { saveStatus: 'idle', saveError: null, conflict: null } as const;

/** Another client starts afresh; the same client keeps what is on screen while it reloads. */
const open = (state: MeasuresState, clientId: string, changes: Partial<MeasuresState>): MeasuresState => ({
  ...(state.clientId === clientId ? state : { ...initialMeasuresState, clientId }),
  loadStatus: 'loading',
  loadError: null,
  ...changes,
});

export const measuresFeature = createFeature({
  name: 'measures',
  reducer: createReducer(
    initialMeasuresState,
    // The tab's chart draws sessions and the network; the Overview's small chart only sessions.
    on(MeasuresTabActions.opened, (state, { clientId }): MeasuresState =>
      open(state, clientId, { sessionsStatus: 'loading', networkStatus: 'loading', networkEventsStatus: 'loading' }),
    ),
    on(ClientOverviewActions.opened, (state, { clientId }): MeasuresState =>
      open(state, clientId, { sessionsStatus: 'loading' }),
    ),
    on(
      MeasureFormActions.recordOpened,
      MeasureFormActions.amendOpened,
      (state, { clientId }): MeasuresState => open(state, clientId, idleSave),
    ),
    on(MeasuresTabActions.retryClicked, (state): MeasuresState => ({
      ...state,
      loadStatus: 'loading',
      loadError: null,
      sessionsStatus: 'loading',
      networkStatus: 'loading',
      networkEventsStatus: 'loading',
    })),
    on(MeasuresOverviewActions.retryClicked, (state): MeasuresState => ({
      ...state,
      loadStatus: 'loading',
      loadError: null,
      sessionsStatus: 'loading',
    })),
    on(MeasuresApiActions.measuresLoaded, (state, { clientId, view }): MeasuresState =>
      clientId === state.clientId
        ? measuresAdapter.setAll([...view.items], {
            ...state,
            indicators: view.indicators,
            loadStatus: 'loaded',
            loadError: null,
          })
        : state,
    ),
    on(MeasuresApiActions.measuresLoadFailed, (state, { clientId, problem }): MeasuresState =>
      clientId === state.clientId ? { ...state, loadStatus: 'failed', loadError: problem } : state,
    ),
    on(MeasuresApiActions.sessionsLoaded, (state, { clientId, sessions }): MeasuresState =>
      clientId === state.clientId ? { ...state, sessions, sessionsStatus: 'loaded' } : state,
    ),
    on(MeasuresApiActions.sessionsLoadFailed, (state, { clientId }): MeasuresState =>
      clientId === state.clientId ? { ...state, sessionsStatus: 'failed' } : state,
    ),
    on(MeasuresApiActions.networkLoaded, (state, { clientId, members }): MeasuresState =>
      clientId === state.clientId ? { ...state, networkMembers: members, networkStatus: 'loaded' } : state,
    ),
    on(MeasuresApiActions.networkLoadFailed, (state, { clientId }): MeasuresState =>
      clientId === state.clientId ? { ...state, networkStatus: 'failed' } : state,
    ),
    on(MeasuresApiActions.networkEventsLoaded, (state, { clientId, events }): MeasuresState =>
      clientId === state.clientId ? { ...state, networkEvents: events, networkEventsStatus: 'loaded' } : state,
    ),
    on(MeasuresApiActions.networkEventsLoadFailed, (state, { clientId }): MeasuresState =>
      clientId === state.clientId ? { ...state, networkEventsStatus: 'failed' } : state,
    ),
    on(
      MeasureFormActions.recordSubmitted,
      MeasureFormActions.amendSubmitted,
      (state): MeasuresState => ({ ...state, saveStatus: 'saving', saveError: null, conflict: null }),
    ),
    // The indicators follow from the server's reload that a save starts.
    on(
      MeasuresApiActions.measureRecorded,
      MeasuresApiActions.measureAmended,
      (state, { measure }): MeasuresState =>
        measure.clientId === state.clientId
          ? measuresAdapter.upsertOne(measure, { ...state, ...idleSave, saveStatus: 'saved' })
          : { ...state, ...idleSave, saveStatus: 'saved' },
    ),
    on(MeasuresApiActions.measureSaveFailed, (state, { problem }): MeasuresState => ({
      ...state,
      saveStatus: 'failed',
      saveError: problem,
    })),
    on(MeasuresApiActions.measureSaveConflicted, (state, { conflict }): MeasuresState => ({
      ...state,
      saveStatus: 'conflicted',
      saveError: null,
      conflict,
    })),
    on(MeasureFormActions.conflictDiscarded, (state, { current }): MeasuresState =>
      measuresAdapter.upsertOne(current, { ...state, ...idleSave }),
    ),
    on(
      MeasureHistoryDialogActions.opened,
      MeasureHistoryDialogActions.retryClicked,
      (state, { measureId }): MeasuresState => ({
        ...state,
        history: { measureId, items: [], status: 'loading', error: null },
      }),
    ),
    on(MeasuresApiActions.historyLoaded, (state, { measureId, items }): MeasuresState =>
      measureId === state.history.measureId
        ? { ...state, history: { measureId, items, status: 'loaded', error: null } }
        : state,
    ),
    on(MeasuresApiActions.historyLoadFailed, (state, { measureId, problem }): MeasuresState =>
      measureId === state.history.measureId
        ? { ...state, history: { ...state.history, status: 'failed', error: problem } }
        : state,
    ),
  ),
  extraSelectors: ({
    selectMeasuresState,
    selectClientId,
    selectIndicators,
    selectLoadStatus,
    selectLoadError,
    selectSessions,
    selectNetworkMembers,
    selectNetworkEvents,
  }) => {
    const { selectAll, selectEntities } = measuresAdapter.getSelectors(selectMeasuresState);
    const selectCanWrite = createSelector(authFeature.selectUser, (user) => user?.role === 'therapist');
    return {
      /** Oldest first. */
      selectMeasures: selectAll,
      selectMeasureEntities: selectEntities,
      selectCanWrite,
      selectMeasuresViewModel: createSelector(
        selectAll,
        selectClientId,
        selectIndicators,
        selectLoadStatus,
        selectLoadError,
        selectCanWrite,
        (measures, clientId, indicators, status, error, canWrite) => ({
          clientId,
          measures,
          indicators,
          canWrite,
          /** Nothing to show yet; a reload of the same client keeps its measures on screen. */
          loading: (status === 'loading' || status === 'idle') && indicators === null,
          reloading: status === 'loading' && indicators !== null,
          error: status === 'failed' ? error : null,
          empty: status === 'loaded' && measures.length === 0,
        }),
      ),
      /** What the chart draws beside the scores; null while (or when failing) to load. */
      selectChartContext: createSelector(selectSessions, selectNetworkMembers, selectNetworkEvents, (sessions, members, events) => ({
        sessions,
        members,
        /** Opaque ids; the tab names them from the members (see named-network-events.ts). */
        networkEvents: events,
      })),
    };
  },
});
