import type { ClientAssignment } from '@domain/clients/client';
import type { ReassignClientRequest } from '@domain/clients/client-requests';
import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const ReassignClientDialogActions = createActionGroup({
  source: 'Reassign Client Dialog',
  events: {
    Opened: emptyProps(),
    Submitted: props<{ client: ClientAssignment; request: ReassignClientRequest }>(),
  },
});
