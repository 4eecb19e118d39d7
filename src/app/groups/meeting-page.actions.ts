import type { ChangeMeetingRequest, GroupNoteRequest, RecordAttendanceRequest } from '@domain/groups/group-requests';
import { createActionGroup, props } from '@ngrx/store';

export const MeetingPageActions = createActionGroup({
  source: 'Meeting Page',
  events: {
    Opened: props<{ groupId: string; meetingId: string }>(),
    'Attendance Submitted': props<{ groupId: string; meetingId: string; request: RecordAttendanceRequest }>(),
    'Group Note Submitted': props<{ groupId: string; meetingId: string; request: GroupNoteRequest }>(),
    'Change Submitted': props<{ groupId: string; meetingId: string; request: ChangeMeetingRequest }>(),
  },
});
