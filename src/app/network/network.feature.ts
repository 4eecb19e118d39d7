import type { NetworkMember } from '@domain/network/network-member';
import type { NetworkSummary } from '@domain/network/network-summary';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { authFeature } from '../core/auth/auth.feature';
import type { LoadStatus, SaveStatus } from '../shared/state/request-status';
import { MemberDialogActions } from './member-dialog.actions';
import type { MemberConflict } from './member-edit';
import type { NetworkClient } from './network-api';
import { NetworkApiActions, type NetworkComparison } from './network-api.actions';
import { NetworkCompareActions } from './network-compare.actions';
import { NetworkTabActions } from './network-tab.actions';
import { ClientOverviewActions } from '../clients/client-overview.actions';
import { NotesTabActions } from './notes/notes-tab.actions';

/** The date and figures of the network on screen. */
export interface ShownNetwork {
  readonly asOf: string;
  /** False for a past date: read-only. */
  readonly current: boolean;
  readonly summary: NetworkSummary;
}

export interface CompareDates {
  readonly earlier: string | null;
  readonly later: string | null;
}

/** One client's network: its members on the date shown (entities, by name), and who has left it. */
export interface NetworkState extends EntityState<NetworkMember> {
  readonly clientId: string | null;
  /** The date asked for; null is today. */
  readonly asOf: string | null;
  readonly shown: ShownNetwork | null;
  readonly endedMembers: readonly NetworkMember[];
  readonly loadStatus: LoadStatus;
  readonly loadError: ProblemDocument | null;
  readonly client: NetworkClient | null;
  readonly compare: boolean;
  readonly comparison: NetworkComparison | null;
  readonly comparisonStatus: LoadStatus;
  readonly comparisonError: ProblemDocument | null;
  /** The dates asked for; null is the default (treatment start, today). */
  readonly compareDates: CompareDates;
  readonly saveStatus: SaveStatus;
  readonly saveError: ProblemDocument | null;
  readonly conflict: MemberConflict | null;
}

const byName = (a: NetworkMember, b: NetworkMember) =>
  a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id);

export const membersAdapter = createEntityAdapter<NetworkMember>({ sortComparer: byName });

export const initialNetworkState: NetworkState = membersAdapter.getInitialState({
  clientId: null,
  asOf: null,
  shown: null,
  endedMembers: [],
  loadStatus: 'idle',
  loadError: null,
  client: null,
  compare: false,
  comparison: null,
  comparisonStatus: 'idle',
  comparisonError: null,
  compareDates: { earlier: null, later: null },
  saveStatus: 'idle',
  saveError: null,
  conflict: null,
});

const idleSave = { saveStatus: 'idle', saveError: null, conflict: null } as const;

/** Opening a tab: another client starts afresh; the same client keeps what is on screen while it reloads. */
const open = (
  state: NetworkState,
  clientId: string,
  changes: Partial<NetworkState>,
): NetworkState => ({
  ...(state.clientId === clientId ? state : { ...initialNetworkState, clientId }),
  loadStatus: 'loading',
  loadError: null,
  ...changes,
});

/** A saved member goes to the members or to the ended relationships, wherever it now belongs. */
function place(state: NetworkState, member: NetworkMember): NetworkState {
  const others = state.endedMembers.filter((ended) => ended.id !== member.id);
  return member.endedOn === null
    ? membersAdapter.upsertOne(member, { ...state, endedMembers: others })
    : membersAdapter.removeOne(member.id, { ...state, endedMembers: [...others, member] });
}

export const networkFeature = createFeature({
  name: 'network',
  reducer: createReducer(
    initialNetworkState,
    on(NetworkTabActions.opened, (state, { clientId }): NetworkState => open(state, clientId, {})),
    // Notes tag today's members: the notes tab always asks for today's network.
    on(NotesTabActions.opened, (state, { clientId }): NetworkState =>
      open(state, clientId, { asOf: null }),
    ),
    // The Overview shows today's figures.
    on(ClientOverviewActions.opened, (state, { clientId }): NetworkState =>
      open(state, clientId, { asOf: null }),
    ),
    on(NetworkTabActions.retryClicked, (state): NetworkState => ({
      ...state,
      loadStatus: 'loading',
      loadError: null,
    })),
    on(NetworkTabActions.asOfChanged, (state, { asOf }): NetworkState => ({
      ...state,
      asOf,
      loadStatus: 'loading',
      loadError: null,
    })),
    on(NetworkTabActions.compareToggled, (state, { compare }): NetworkState => ({
      ...state,
      compare,
      comparisonStatus: compare ? 'loading' : 'idle',
      comparisonError: null,
    })),
    on(NetworkCompareActions.datesChanged, (state, { earlier, later }): NetworkState => ({
      ...state,
      compareDates: { earlier, later },
      comparisonStatus: 'loading',
      comparisonError: null,
    })),
    on(NetworkApiActions.networkLoaded, (state, { clientId, view }): NetworkState =>
      clientId === state.clientId
        ? membersAdapter.setAll([...view.members], {
            ...state,
            shown: { asOf: view.asOf, current: view.current, summary: view.summary },
            endedMembers: view.endedMembers,
            loadStatus: 'loaded',
            loadError: null,
          })
        : state,
    ),
    on(NetworkApiActions.networkLoadFailed, (state, { clientId, problem }): NetworkState =>
      clientId === state.clientId ? { ...state, loadStatus: 'failed', loadError: problem } : state,
    ),
    on(NetworkApiActions.clientLoaded, (state, { client }): NetworkState =>
      client.id === state.clientId ? { ...state, client } : state,
    ),
    on(NetworkApiActions.comparisonLoaded, (state, { clientId, comparison }): NetworkState =>
      clientId === state.clientId
        ? { ...state, comparison, comparisonStatus: 'loaded', comparisonError: null }
        : state,
    ),
    on(NetworkApiActions.comparisonLoadFailed, (state, { clientId, problem }): NetworkState =>
      clientId === state.clientId
        ? { ...state, comparisonStatus: 'failed', comparisonError: problem }
        : state,
    ),
    on(MemberDialogActions.opened, (state): NetworkState => ({ ...state, ...idleSave })),
    on(MemberDialogActions.submitted, (state): NetworkState => ({
      ...state,
      saveStatus: 'saving',
      saveError: null,
      conflict: null,
    })),
    on(NetworkApiActions.memberSaved, (state, { member }): NetworkState => ({
      ...place(state, member),
      saveStatus: 'saved',
      saveError: null,
      conflict: null,
    })),
    on(NetworkApiActions.memberSaveFailed, (state, { problem }): NetworkState => ({
      ...state,
      saveStatus: 'failed',
      saveError: problem,
    })),
    on(NetworkApiActions.memberSaveConflicted, (state, { conflict }): NetworkState => ({
      ...state,
      saveStatus: 'conflicted',
      saveError: null,
      conflict,
    })),
    on(MemberDialogActions.conflictDiscarded, (state, { current }): NetworkState => ({
      ...place(state, current),
      ...idleSave,
    })),
  ),
  extraSelectors: ({
    selectNetworkState,
    selectShown,
    selectEndedMembers,
    selectLoadStatus,
    selectLoadError,
    selectAsOf,
  }) => {
    const { selectAll, selectEntities } = membersAdapter.getSelectors(selectNetworkState);
    const selectIsTherapist = createSelector(
      authFeature.selectUser,
      (user) => user?.role === 'therapist',
    );
    /** Only therapists change a network, and only today's. */
    const selectCanEdit = createSelector(
      selectIsTherapist,
      selectAsOf,
      selectShown,
      (isTherapist, asOf, shown) => isTherapist && asOf === null && shown?.current !== false,
    );
    return {
      selectMembers: selectAll,
      selectIsTherapist,
      selectCanEdit,
      selectNetworkViewModel: createSelector(
        selectAll,
        selectEndedMembers,
        selectShown,
        selectLoadStatus,
        selectLoadError,
        selectCanEdit,
        (members, endedMembers, shown, status, error, canEdit) => ({
          members,
          endedMembers,
          shown,
          canEdit,
          /** Only while nothing is on screen yet; a reload keeps the drawing and shows a bar. */
          loading: status === 'loading' || status === 'idle',
          error: status === 'failed' ? error : null,
          /** Only once the server has answered: nobody in the network on the date shown. */
          empty: status === 'loaded' && members.length === 0,
        }),
      ),
      /** Names of everyone in (or once in) the network, for the people tagged in notes. */
      selectMemberNames: createSelector(
        selectEntities,
        selectEndedMembers,
        (entities, endedMembers): Readonly<Record<string, string>> => {
          const names: Record<string, string> = {};
          for (const member of [...Object.values(entities), ...endedMembers]) {
            if (member) {
              names[member.id] = member.name;
            }
          }
          return names;
        },
      ),
    };
  },
});
