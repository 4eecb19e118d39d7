import type { TherapistOption } from '@domain/accounts/account';
import type { ClientAssignment } from '@domain/clients/client';
import type { Page } from '@domain/common/page';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { createActionGroup, props } from '@ngrx/store';

export const AssignmentsApiActions = createActionGroup({
  source: 'Assignments API',
  events: {
    'Clients Loaded': props<{ page: Page<ClientAssignment> }>(),
    'Clients Load Failed': props<{ problem: ProblemDocument }>(),
    'Therapists Loaded': props<{ therapists: readonly TherapistOption[] }>(),
    'Therapists Load Failed': props<{ problem: ProblemDocument }>(),
    'Client Reassigned': props<{ client: ClientAssignment }>(),
    /** `current`: the client's assignment as it is now, when the change was based on an old version. */
    'Reassign Failed': props<{ problem: ProblemDocument; current: ClientAssignment | null }>(),
  },
});
