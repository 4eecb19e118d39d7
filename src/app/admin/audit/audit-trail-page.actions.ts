import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { AuditFilters } from './audit.feature';

export const AuditTrailPageActions = createActionGroup({
  source: 'Audit Trail Page',
  events: {
    Opened: emptyProps(),
    'Page Changed': props<{ page: number; pageSize: number }>(),
    'Filters Changed': props<{ filters: AuditFilters }>(),
    'Filters Cleared': emptyProps(),
    'Retry Clicked': emptyProps(),
  },
});
