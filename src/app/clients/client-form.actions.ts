import type { Client } from '@domain/clients/client';
import type { CreateClientRequest } from '@domain/clients/client-requests';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ClientEdit } from './client-edit';

export const ClientFormActions = createActionGroup({
  source: 'Client Form',
  events: {
    'New Opened': emptyProps(),
    'Edit Opened': props<{ id: string }>(),
    'Create Submitted': props<{ request: CreateClientRequest }>(),
    /** `base` is the version the user started from; the edit is sent on top of it. */
    'Edit Submitted': props<{ base: Client; edit: ClientEdit }>(),
  },
});
