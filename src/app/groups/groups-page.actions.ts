import type { CreateGroupRequest, UpdateGroupRequest } from '@domain/groups/group-requests';
import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const GroupsPageActions = createActionGroup({
  source: 'Groups Page',
  events: {
    Opened: emptyProps(),
    'Retry Clicked': emptyProps(),
    'Create Dialog Opened': emptyProps(),
    'Create Submitted': props<{ request: CreateGroupRequest }>(),
    'Update Submitted': props<{ groupId: string; request: UpdateGroupRequest }>(),
  },
});
