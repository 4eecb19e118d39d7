import type { ClientStatus } from '@domain/clients/client-codes';
import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const AssignmentsPageActions = createActionGroup({
  source: 'Client Assignment Page',
  events: {
    Opened: emptyProps(),
    'Page Changed': props<{ page: number; pageSize: number }>(),
    'Search Changed': props<{ search: string }>(),
    'Status Filter Changed': props<{ status: ClientStatus | 'all' }>(),
    'Therapist Filter Changed': props<{ therapistId: string | null }>(),
    'Retry Clicked': emptyProps(),
  },
});
