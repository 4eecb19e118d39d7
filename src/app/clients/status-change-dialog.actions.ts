import type { Client } from '@domain/clients/client';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ClientEdit } from './client-edit';

/** Put on hold, re-open or discharge (with date and reason), confirmed in a dialog. */
export const StatusChangeDialogActions = createActionGroup({
  source: 'Status Change Dialog',
  events: {
    Opened: emptyProps(),
    Submitted: props<{ base: Client; edit: ClientEdit }>(),
  },
});
