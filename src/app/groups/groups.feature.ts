import type { ClientGroup, Group, GroupFacilitator, Meeting, MeetingSummary, RosterEntry } from '@domain/groups/group';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { createEntityAdapter, type EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { authFeature } from '../core/auth/auth.feature';
import type { LoadStatus, SaveStatus } from '../shared/state/request-status';
import { isStaleVersion } from '../shared/versioned-edits/save-failure';
import { ClientGroupsTabActions } from './client-groups-tab.actions';
import { GroupPageActions } from './group-page.actions';
import { GroupsApiActions } from './groups-api.actions';
import { GroupsPageActions } from './groups-page.actions';
import { MeetingPageActions } from './meeting-page.actions';

const groupsAdapter = createEntityAdapter<Group>();
const rosterAdapter = createEntityAdapter<RosterEntry>({ sortComparer: (a, b) => a.clientName.localeCompare(b.clientName) });
const meetingsAdapter = createEntityAdapter<MeetingSummary>({ sortComparer: (a, b) => a.date.localeCompare(b.date) });
const clientGroupsAdapter = createEntityAdapter<ClientGroup>({ selectId: (place) => place.enrolmentId });

/**
 * The groups the clinic runs; the open group with its roster and meetings (its facilitators only);
 * the open meeting; and the open client's own groups. One save at a time, its outcome kept here so
 * the page that started it can show it.
 */
export interface GroupsState {
  readonly groups: EntityState<Group>;
  readonly listStatus: LoadStatus;
  readonly listError: ProblemDocument | null;
  readonly facilitatorOptions: readonly GroupFacilitator[];
  readonly groupId: string | null;
  readonly roster: EntityState<RosterEntry>;
  readonly meetings: EntityState<MeetingSummary>;
  readonly groupStatus: LoadStatus;
  readonly groupError: ProblemDocument | null;
  readonly meetingId: string | null;
  readonly meeting: Meeting | null;
  readonly meetingStatus: LoadStatus;
  readonly meetingError: ProblemDocument | null;
  readonly clientId: string | null;
  readonly clientGroups: EntityState<ClientGroup>;
  readonly clientGroupsStatus: LoadStatus;
  readonly clientGroupsError: ProblemDocument | null;
  readonly saveStatus: SaveStatus;
  readonly saveProblem: ProblemDocument | null;
}

export const initialGroupsState: GroupsState = {
  groups: groupsAdapter.getInitialState(),
  listStatus: 'idle',
  listError: null,
  facilitatorOptions: [],
  groupId: null,
  roster: rosterAdapter.getInitialState(),
  meetings: meetingsAdapter.getInitialState(),
  groupStatus: 'idle',
  groupError: null,
  meetingId: null,
  meeting: null,
  meetingStatus: 'idle',
  meetingError: null,
  clientId: null,
  clientGroups: clientGroupsAdapter.getInitialState(),
  clientGroupsStatus: 'idle',
  clientGroupsError: null,
  saveStatus: 'idle',
  saveProblem: null,
};

const saving = (state: GroupsState): GroupsState => ({ ...state, saveStatus: 'saving', saveProblem: null });

export const groupsFeature = createFeature({
  name: 'groups',
  reducer: createReducer(
    initialGroupsState,
    on(GroupsPageActions.opened, GroupsPageActions.retryClicked, (state): GroupsState => ({ ...state, listStatus: 'loading', listError: null })),
    on(GroupsPageActions.createDialogOpened, (state): GroupsState => ({ ...state, saveStatus: 'idle', saveProblem: null })),
    on(GroupsApiActions.groupsLoaded, (state, { groups }): GroupsState => ({ ...state, listStatus: 'loaded', groups: groupsAdapter.setAll([...groups], state.groups) })),
    on(GroupsApiActions.groupsLoadFailed, (state, { problem }): GroupsState => ({ ...state, listStatus: 'failed', listError: problem })),
    on(GroupsApiActions.facilitatorOptionsLoaded, (state, { options }): GroupsState => ({ ...state, facilitatorOptions: options })),
    on(GroupsPageActions.createSubmitted, GroupsPageActions.updateSubmitted, GroupPageActions.decisionSubmitted, GroupPageActions.leaveSubmitted, saving),
    on(MeetingPageActions.attendanceSubmitted, MeetingPageActions.groupNoteSubmitted, MeetingPageActions.changeSubmitted, saving),
    on(GroupsApiActions.groupSaved, (state, { group }): GroupsState => ({ ...state, saveStatus: 'saved', groups: groupsAdapter.upsertOne(group, state.groups) })),
    on(GroupsApiActions.saveFailed, (state, { problem }): GroupsState => ({ ...state, saveStatus: isStaleVersion(problem) ? 'conflicted' : 'failed', saveProblem: problem })),
    on(GroupPageActions.opened, (state, { groupId }): GroupsState => ({
      ...state,
      groupId,
      groupStatus: 'loading',
      groupError: null,
      saveStatus: 'idle',
      saveProblem: null,
      ...(groupId === state.groupId ? {} : { roster: rosterAdapter.removeAll(state.roster), meetings: meetingsAdapter.removeAll(state.meetings) }),
    })),
    on(GroupsApiActions.groupLoaded, (state, { group, roster, meetings }): GroupsState =>
      group.id !== state.groupId
        ? state
        : {
            ...state,
            groupStatus: 'loaded',
            groups: groupsAdapter.upsertOne(group, state.groups),
            roster: rosterAdapter.setAll([...roster], state.roster),
            meetings: meetingsAdapter.setAll([...meetings], state.meetings),
          },
    ),
    on(GroupsApiActions.groupLoadFailed, (state, { groupId, problem }): GroupsState => (groupId === state.groupId ? { ...state, groupStatus: 'failed', groupError: problem } : state)),
    on(GroupsApiActions.rosterEntrySaved, (state, { entry }): GroupsState => ({ ...state, saveStatus: 'saved', roster: rosterAdapter.upsertOne(entry, state.roster) })),
    on(MeetingPageActions.opened, (state, { meetingId }): GroupsState => ({
      ...state,
      meetingId,
      meeting: state.meeting?.id === meetingId ? state.meeting : null,
      meetingStatus: 'loading',
      meetingError: null,
      saveStatus: 'idle',
      saveProblem: null,
    })),
    on(GroupsApiActions.meetingLoaded, (state, { meeting }): GroupsState => (meeting.id === state.meetingId ? { ...state, meetingStatus: 'loaded', meeting } : state)),
    on(GroupsApiActions.meetingLoadFailed, (state, { meetingId, problem }): GroupsState =>
      meetingId === state.meetingId ? { ...state, meetingStatus: 'failed', meetingError: problem } : state,
    ),
    on(GroupsApiActions.meetingSaved, (state, { meeting }): GroupsState => ({
      ...state,
      saveStatus: 'saved',
      meeting: meeting.id === state.meetingId ? meeting : state.meeting,
      meetings: meetingsAdapter.updateOne({ id: meeting.id, changes: { ...meeting } }, state.meetings),
    })),
    on(ClientGroupsTabActions.opened, (state, { clientId }): GroupsState => ({
      ...state,
      clientId,
      clientGroupsStatus: 'loading',
      clientGroupsError: null,
      saveStatus: 'idle',
      saveProblem: null,
      ...(clientId === state.clientId ? {} : { clientGroups: clientGroupsAdapter.removeAll(state.clientGroups) }),
    })),
    on(GroupsApiActions.clientGroupsLoaded, (state, { clientId, groups }): GroupsState =>
      clientId === state.clientId ? { ...state, clientGroupsStatus: 'loaded', clientGroups: clientGroupsAdapter.setAll([...groups], state.clientGroups) } : state,
    ),
    on(GroupsApiActions.clientGroupsLoadFailed, (state, { clientId, problem }): GroupsState =>
      clientId === state.clientId ? { ...state, clientGroupsStatus: 'failed', clientGroupsError: problem } : state,
    ),
  ),
  extraSelectors: ({ selectGroups, selectRoster, selectMeetings, selectClientGroups, selectGroupId, selectListStatus, selectListError, selectGroupStatus, selectGroupError }) => {
    const selectAllGroups = createSelector(selectGroups, groupsAdapter.getSelectors().selectAll);
    const selectOpenGroup = createSelector(selectGroups, selectGroupId, (groups, id) => (id === null ? null : (groups.entities[id] ?? null)));
    return {
      selectAllGroups,
      selectOpenGroup,
      selectAllRoster: createSelector(selectRoster, rosterAdapter.getSelectors().selectAll),
      selectAllMeetings: createSelector(selectMeetings, meetingsAdapter.getSelectors().selectAll),
      selectAllClientGroups: createSelector(selectClientGroups, clientGroupsAdapter.getSelectors().selectAll),
      selectGroupsViewModel: createSelector(selectAllGroups, selectListStatus, selectListError, authFeature.selectUser, (groups, status, error, user) => ({
        groups,
        loading: status === 'idle' || status === 'loading',
        error: status === 'failed' ? error : null,
        empty: status === 'loaded' && groups.length === 0,
        canCreate: user?.role === 'supervisor' || user?.role === 'admin',
      })),
      selectGroupLoad: createSelector(selectOpenGroup, selectGroupStatus, selectGroupError, (group, status, error) => ({
        group,
        loading: status === 'loading' && group === null,
        error: status === 'failed' ? error : null,
      })),
      /** Referrals waiting for a facilitator's decision. */
      selectPendingCount: createSelector(selectRoster, (roster) => Object.values(roster.entities).filter((entry) => entry?.status === 'referred').length),
    };
  },
});
