import type { NetworkMember } from '@domain/network/network-member';
import type { ProblemDocument } from '@domain/problem/problem-document';
import type { FamilySession } from '@domain/sessions/family-session';
import type { OpenFollowUp, SessionRevision } from '@domain/sessions/session-views';
import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { authFeature } from '../core/auth/auth.feature';
import type { LoadStatus, SaveStatus } from '../shared/state/request-status';
import { ClientOverviewActions } from '../clients/client-overview.actions';
import { OpenFollowUpsActions } from './open-follow-ups.actions';
import { PlanDialogActions } from './plan-dialog.actions';
import { RecordPageActions } from './record-page.actions';
import type { SessionConflict, SessionWarning } from './session-edit';
import { SessionDetailActions } from './session-detail.actions';
import { SessionHistoryDialogActions } from './session-history-dialog.actions';
import { SessionsApiActions } from './sessions-api.actions';
import { SessionsTabActions } from './sessions-tab.actions';

/**
 * `unacknowledged`: the server wants warnings accepted first; `conflicted`: it has a newer version
 * of the session, which the form shows so the user can choose.
 */
export type SessionSaveStatus = SaveStatus | 'unacknowledged';

/** The one session a detail or record page asked for. */
export interface SessionDetailState {
  readonly sessionId: string | null;
  readonly status: LoadStatus;
  readonly error: ProblemDocument | null;
}

export interface SessionHistoryState {
  readonly sessionId: string | null;
  readonly items: readonly SessionRevision[];
  readonly status: LoadStatus;
  readonly error: ProblemDocument | null;
}

/** The client Overview's card: follow-ups not yet done, and the one being ticked off. */
export interface OpenFollowUpsState {
  readonly clientId: string | null;
  readonly items: readonly OpenFollowUp[];
  readonly status: LoadStatus;
  readonly error: ProblemDocument | null;
  readonly markingId: string | null;
  readonly markError: ProblemDocument | null;
}

/** One client's family sessions (entities, newest first), today's network members, and what is being saved. */
export interface SessionsState extends EntityState<FamilySession> {
  readonly clientId: string | null;
  readonly loadStatus: LoadStatus;
  readonly loadError: ProblemDocument | null;
  /** Today's active network members: the people who can be invited. */
  readonly members: readonly NetworkMember[];
  /** Members who have left the network: their names still show on older sessions. */
  readonly formerMembers: readonly NetworkMember[];
  readonly membersStatus: LoadStatus;
  readonly membersError: ProblemDocument | null;
  readonly detail: SessionDetailState;
  readonly saveStatus: SessionSaveStatus;
  readonly saveError: ProblemDocument | null;
  readonly conflict: SessionConflict | null;
  readonly warnings: readonly SessionWarning[];
  readonly history: SessionHistoryState;
  readonly followUps: OpenFollowUpsState;
}

/** The server's order: newest start first (ids are time-ordered). */
const newestFirst = (a: FamilySession, b: FamilySession) =>
  b.startsAt.localeCompare(a.startsAt) || b.id.localeCompare(a.id);

export const sessionsAdapter = createEntityAdapter<FamilySession>({ sortComparer: newestFirst });

const noDetail: SessionDetailState = { sessionId: null, status: 'idle', error: null };
const noHistory: SessionHistoryState = { sessionId: null, items: [], status: 'idle', error: null };
const noFollowUps: OpenFollowUpsState = {
  clientId: null,
  items: [],
  status: 'idle',
  error: null,
  markingId: null,
  markError: null,
};

export const initialSessionsState: SessionsState = sessionsAdapter.getInitialState({
  clientId: null,
  loadStatus: 'idle',
  loadError: null,
  members: [],
  formerMembers: [],
  membersStatus: 'idle',
  membersError: null,
  detail: noDetail,
  saveStatus: 'idle',
  saveError: null,
  conflict: null,
  warnings: [],
  history: noHistory,
  followUps: noFollowUps,
});

const idleSave = { saveStatus: 'idle', saveError: null, conflict: null, warnings: [] } as const;

/** Another client starts afresh (the Overview's card keeps its own client); the same one keeps what is on screen. */
const forClient = (state: SessionsState, clientId: string): SessionsState =>
  state.clientId === clientId
    ? state
    : { ...initialSessionsState, clientId, followUps: state.followUps };

const loadingMembers = { membersStatus: 'loading', membersError: null } as const;

/** A session from the server joins the list when it is about the client on screen. */
const place = (state: SessionsState, session: FamilySession): SessionsState =>
  session.clientId === state.clientId ? sessionsAdapter.upsertOne(session, state) : state;

export const sessionsFeature = createFeature({
  name: 'sessions',
  reducer: createReducer(
    initialSessionsState,
    on(
      SessionsTabActions.opened,
      SessionsTabActions.retryClicked,
      (state, { clientId }): SessionsState => ({
        ...forClient(state, clientId),
        loadStatus: 'loading',
        loadError: null,
        ...loadingMembers,
      }),
    ),
    on(
      SessionDetailActions.opened,
      SessionDetailActions.retryClicked,
      (state, { clientId, sessionId }): SessionsState => ({
        ...forClient(state, clientId),
        detail: { sessionId, status: 'loading', error: null },
        ...loadingMembers,
      }),
    ),
    on(RecordPageActions.opened, (state, { clientId, sessionId }): SessionsState => ({
      ...forClient(state, clientId),
      detail: { sessionId, status: 'loading', error: null },
      ...loadingMembers,
      ...idleSave,
    })),
    on(SessionsApiActions.sessionsLoaded, (state, { clientId, sessions }): SessionsState =>
      clientId === state.clientId
        ? sessionsAdapter.setAll([...sessions], { ...state, loadStatus: 'loaded', loadError: null })
        : state,
    ),
    on(SessionsApiActions.sessionsLoadFailed, (state, { clientId, problem }): SessionsState =>
      clientId === state.clientId ? { ...state, loadStatus: 'failed', loadError: problem } : state,
    ),
    on(SessionsApiActions.membersLoaded, (state, { clientId, view }): SessionsState =>
      clientId === state.clientId
        ? {
            ...state,
            members: view.members,
            formerMembers: view.endedMembers,
            membersStatus: 'loaded',
            membersError: null,
          }
        : state,
    ),
    on(SessionsApiActions.membersLoadFailed, (state, { clientId, problem }): SessionsState =>
      clientId === state.clientId
        ? { ...state, membersStatus: 'failed', membersError: problem }
        : state,
    ),
    on(SessionsApiActions.sessionLoaded, (state, { session }): SessionsState => {
      const placed = place(state, session);
      return session.id === state.detail.sessionId
        ? { ...placed, detail: { sessionId: session.id, status: 'loaded', error: null } }
        : placed;
    }),
    on(SessionsApiActions.sessionLoadFailed, (state, { sessionId, problem }): SessionsState =>
      sessionId === state.detail.sessionId
        ? { ...state, detail: { sessionId, status: 'failed', error: problem } }
        : state,
    ),
    on(PlanDialogActions.opened, (state): SessionsState => ({ ...state, ...idleSave })),
    on(PlanDialogActions.submitted, RecordPageActions.submitted, (state): SessionsState => ({
      ...state,
      saveStatus: 'saving',
      saveError: null,
      conflict: null,
    })),
    on(
      SessionsApiActions.sessionPlanned,
      SessionsApiActions.planUpdated,
      SessionsApiActions.sessionRecorded,
      (state, { session }): SessionsState => ({
        ...place(state, session),
        saveStatus: 'saved',
        saveError: null,
        conflict: null,
        warnings: [],
      }),
    ),
    on(SessionsApiActions.saveFailed, (state, { problem }): SessionsState => ({
      ...state,
      saveStatus: 'failed',
      saveError: problem,
    })),
    on(SessionsApiActions.saveNeedsAcknowledgement, (state, { warnings }): SessionsState => ({
      ...state,
      saveStatus: 'unacknowledged',
      saveError: null,
      warnings,
    })),
    on(SessionsApiActions.saveConflicted, (state, { conflict }): SessionsState => ({
      ...state,
      saveStatus: 'conflicted',
      saveError: null,
      conflict,
    })),
    on(
      PlanDialogActions.conflictDiscarded,
      RecordPageActions.conflictDiscarded,
      (state, { current }): SessionsState => ({
        ...place(state, current),
        ...idleSave,
      }),
    ),
    on(
      SessionHistoryDialogActions.opened,
      SessionHistoryDialogActions.retryClicked,
      (state, { sessionId }): SessionsState => ({
        ...state,
        history: { sessionId, items: [], status: 'loading', error: null },
      }),
    ),
    on(SessionsApiActions.historyLoaded, (state, { sessionId, items }): SessionsState =>
      sessionId === state.history.sessionId
        ? { ...state, history: { sessionId, items, status: 'loaded', error: null } }
        : state,
    ),
    on(SessionsApiActions.historyLoadFailed, (state, { sessionId, problem }): SessionsState =>
      sessionId === state.history.sessionId
        ? { ...state, history: { ...state.history, status: 'failed', error: problem } }
        : state,
    ),
    on(
      ClientOverviewActions.opened,
      OpenFollowUpsActions.retryClicked,
      (state, { clientId }): SessionsState => ({
        ...state,
        followUps: {
          ...(state.followUps.clientId === clientId
            ? state.followUps
            : { ...noFollowUps, clientId }),
          status: 'loading',
          error: null,
        },
      }),
    ),
    on(SessionsApiActions.followUpsLoaded, (state, { clientId, items }): SessionsState =>
      clientId === state.followUps.clientId
        ? { ...state, followUps: { ...state.followUps, items, status: 'loaded', error: null } }
        : state,
    ),
    on(SessionsApiActions.followUpsLoadFailed, (state, { clientId, problem }): SessionsState =>
      clientId === state.followUps.clientId
        ? { ...state, followUps: { ...state.followUps, status: 'failed', error: problem } }
        : state,
    ),
    on(OpenFollowUpsActions.markDoneClicked, (state, { followUpId }): SessionsState => ({
      ...state,
      followUps: { ...state.followUps, markingId: followUpId, markError: null },
    })),
    on(SessionsApiActions.followUpMarkedDone, (state, { followUpId, session }): SessionsState => ({
      ...place(state, session),
      followUps: {
        ...state.followUps,
        items: state.followUps.items.filter((item) => item.id !== followUpId),
        markingId: null,
      },
    })),
    on(SessionsApiActions.followUpMarkFailed, (state, { problem }): SessionsState => ({
      ...state,
      followUps: { ...state.followUps, markingId: null, markError: problem },
    })),
    // The list is reloaded: the follow-up may be done already, or gone.
    on(SessionsApiActions.followUpMarkConflicted, (state): SessionsState => ({
      ...state,
      followUps: { ...state.followUps, markingId: null, status: 'loading' },
    })),
  ),
  extraSelectors: ({
    selectSessionsState,
    selectLoadStatus,
    selectLoadError,
    selectMembers,
    selectFormerMembers,
  }) => {
    const { selectAll, selectEntities } = sessionsAdapter.getSelectors(selectSessionsState);
    const selectCanWrite = createSelector(
      authFeature.selectUser,
      (user) => user?.role === 'therapist',
    );
    /** Planned sessions, soonest first: the ones still to happen (or to record). */
    const selectUpcoming = createSelector(selectAll, (sessions) =>
      sessions.filter(({ status }) => status === 'planned').reverse(),
    );
    /** Everything that happened or was called off, newest first. */
    const selectPast = createSelector(selectAll, (sessions) =>
      sessions.filter(({ status }) => status !== 'planned'),
    );
    return {
      selectSessions: selectAll,
      selectSessionEntities: selectEntities,
      selectCanWrite,
      selectUpcoming,
      selectPast,
      selectTabViewModel: createSelector(
        selectUpcoming,
        selectPast,
        selectLoadStatus,
        selectLoadError,
        selectCanWrite,
        (upcoming, past, status, error, canWrite) => ({
          upcoming,
          past,
          canWrite,
          loading: status === 'loading' || status === 'idle',
          error: status === 'failed' ? error : null,
          empty: status === 'loaded' && upcoming.length === 0 && past.length === 0,
        }),
      ),
      /** Names of everyone in (or once in) the network, for follow-up owners. */
      selectMemberNames: createSelector(
        selectMembers,
        selectFormerMembers,
        (members, former): Readonly<Record<string, string>> =>
          Object.fromEntries([...former, ...members].map(({ id, name }) => [id, name])),
      ),
    };
  },
});
