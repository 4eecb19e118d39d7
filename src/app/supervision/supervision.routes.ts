import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { provideCharts } from 'ng2-charts';
import { roleGuard } from '../core/auth/role.guard';
import { CHART_REGISTERABLES } from './chart-registerables';
import { PrintMode } from './print-mode';
import * as teamDashboardEffects from './team-dashboard.effects';
import { teamDashboardFeature } from './team-dashboard.feature';
import { therapistCaseloadFeature } from './therapist-caseload.feature';

/**
 * The team dashboard (`/team`) and a therapist's caseload below it. One parent route provides the
 * state, so coming back from a caseload finds the dashboard and its filters as they were.
 */
export default [
  {
    path: '',
    providers: [
      provideState(teamDashboardFeature),
      provideState(therapistCaseloadFeature),
      provideEffects(teamDashboardEffects),
      provideCharts({ registerables: CHART_REGISTERABLES }),
      PrintMode,
    ],
    children: [
      {
        path: '',
        title: 'Team dashboard',
        loadComponent: () => import('./team-dashboard-page/team-dashboard-page'),
      },
      {
        // Clinical rows: supervisors only; administrators see the team's numbers.
        path: 'therapists/:therapistId',
        title: 'Therapist caseload',
        canMatch: [roleGuard('supervisor')],
        loadComponent: () => import('./therapist-caseload-page/therapist-caseload-page'),
      },
    ],
  },
] satisfies Routes;
