import type { CaseloadRow } from '@domain/clients/client';
import type { Page } from '@domain/common/page';
import type { ProblemDocument } from '@domain/problem/problem-document';
import type { TeamDashboard, TeamDashboardQuery } from '@domain/supervision/team-dashboard';
import { createActionGroup, props } from '@ngrx/store';

export const TeamDashboardApiActions = createActionGroup({
  source: 'Team Dashboard API',
  events: {
    'Dashboard Loaded': props<{ query: TeamDashboardQuery; dashboard: TeamDashboard }>(),
    'Dashboard Load Failed': props<{ query: TeamDashboardQuery; problem: ProblemDocument }>(),
    'Caseload Loaded': props<{ therapistId: string; page: Page<CaseloadRow> }>(),
    'Caseload Load Failed': props<{ therapistId: string; problem: ProblemDocument }>(),
  },
});
