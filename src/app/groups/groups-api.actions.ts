import type { ClientGroup, Group, GroupFacilitator, Meeting, MeetingSummary, RosterEntry } from '@domain/groups/group';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { createActionGroup, props } from '@ngrx/store';

export const GroupsApiActions = createActionGroup({
  source: 'Groups API',
  events: {
    'Groups Loaded': props<{ groups: readonly Group[] }>(),
    'Groups Load Failed': props<{ problem: ProblemDocument }>(),
    'Facilitator Options Loaded': props<{ options: readonly GroupFacilitator[] }>(),
    'Group Saved': props<{ group: Group }>(),
    'Group Loaded': props<{ group: Group; roster: readonly RosterEntry[]; meetings: readonly MeetingSummary[] }>(),
    'Group Load Failed': props<{ groupId: string; problem: ProblemDocument }>(),
    'Roster Entry Saved': props<{ entry: RosterEntry }>(),
    'Meeting Loaded': props<{ meeting: Meeting }>(),
    'Meeting Load Failed': props<{ meetingId: string; problem: ProblemDocument }>(),
    'Meeting Saved': props<{ meeting: Meeting }>(),
    'Client Groups Loaded': props<{ clientId: string; groups: readonly ClientGroup[] }>(),
    'Client Groups Load Failed': props<{ clientId: string; problem: ProblemDocument }>(),
    'Save Failed': props<{ problem: ProblemDocument }>(),
  },
});
