import type { LeaveGroupRequest, ReferralDecisionRequest } from '@domain/groups/group-requests';
import { createActionGroup, props } from '@ngrx/store';

export const GroupPageActions = createActionGroup({
  source: 'Group Page',
  events: {
    Opened: props<{ groupId: string }>(),
    'Decision Submitted': props<{ groupId: string; enrolmentId: string; request: ReferralDecisionRequest }>(),
    'Leave Submitted': props<{ groupId: string; enrolmentId: string; request: LeaveGroupRequest }>(),
  },
});
