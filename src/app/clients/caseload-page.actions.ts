import type { ClientStatus, PrimaryConcern } from '@domain/clients/client-codes';
import type { CaseloadSortField } from '@domain/clients/caseload-sort';
import type { CaseloadFlag } from '@domain/clients/caseload-flags';
import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const CaseloadPageActions = createActionGroup({
  source: 'Caseload Page',
  events: {
    Opened: emptyProps(),
    'Page Changed': props<{ page: number; pageSize: number }>(),
    'Sort Changed': props<{ sort: CaseloadSortField; direction: 'asc' | 'desc' }>(),
    'Search Changed': props<{ search: string }>(),
    'Status Filter Changed': props<{ status: ClientStatus | 'all' }>(),
    'Concern Filter Changed': props<{ concern: PrimaryConcern | 'all' }>(),
    'Flag Filter Changed': props<{ flag: CaseloadFlag | 'all' }>(),
    'Therapist Filter Changed': props<{ therapistId: string | null }>(),
    'Filters Cleared': emptyProps(),
    'Retry Clicked': emptyProps(),
  },
});
