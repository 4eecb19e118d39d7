import type { Routes } from '@angular/router';
import { roleGuard } from '../core/auth/role.guard';
import { provideChartParts } from '../shared/charts/provide-chart-parts';
import { PrintMode } from './print-mode';
import { SUPERVISION_STATE_PROVIDERS } from './supervision.providers';

/**
 * The team dashboard (`/team`) and a therapist's caseload below it. One parent route provides the
 * state, so coming back from a caseload finds the dashboard and its filters as they were.
 */
export default [
  {
    path: '',
    providers: [
      ...SUPERVISION_STATE_PROVIDERS,
      provideChartParts(),
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
