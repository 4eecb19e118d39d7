import type { Client } from '@domain/clients/client';
import { createActionGroup, props } from '@ngrx/store';
import type { ClientEdit } from './client-edit';

/** The user's answer to a save that met a newer version of the record. */
export const ConflictDialogActions = createActionGroup({
  source: 'Conflict Dialog',
  events: {
    /** The user's edit, re-based on the current version, sent again. */
    'Reapply Clicked': props<{ base: Client; edit: ClientEdit }>(),
    'Discard Clicked': props<{ current: Client }>(),
  },
});
