import type { TeamDashboardQuery } from '@domain/supervision/team-dashboard';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { DashboardFilters } from './dashboard-filters';

/** `query` is the filters with the period resolved to dates; the URL keeps the filters. */
export const TeamDashboardPageActions = createActionGroup({
  source: 'Team Dashboard Page',
  events: {
    Opened: props<{ filters: DashboardFilters; query: TeamDashboardQuery }>(),
    'Filters Changed': props<{ filters: DashboardFilters; query: TeamDashboardQuery }>(),
    'Retry Clicked': emptyProps(),
  },
});
