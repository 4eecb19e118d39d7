import type { Client } from '@domain/clients/client';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ClientEdit } from './client-edit';

export const ReassignDialogActions = createActionGroup({
  source: 'Reassign Dialog',
  events: {
    Opened: emptyProps(),
    Submitted: props<{ base: Client; edit: ClientEdit }>(),
  },
});
