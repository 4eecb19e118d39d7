import type { Routes } from '@angular/router';
import { roleGuard } from '../core/auth/role.guard';
import { SELF_REPORT_STATE_PROVIDERS } from '../self-report/self-report.providers';
import { MEASURES_STATE_PROVIDERS } from './measures.providers';

/**
 * The client page's "Measures" tab and the pages that record or amend a measure, for a child
 * route of `clients/:id` (the client id comes from the nearest `id` parameter up the tree). The
 * chart library loads with the tab's chart only (deferred), never with the app.
 */
export const MEASURES_TAB_ROUTES: Routes = [
  {
    path: '',
    // The tab's "Self-report" panel brings its own state (requests sent to the client).
    providers: [...MEASURES_STATE_PROVIDERS, ...SELF_REPORT_STATE_PROVIDERS],
    children: [
      {
        path: '',
        loadComponent: () => import('./measures-tab/measures-tab'),
      },
      {
        path: 'new',
        title: 'Record a measure',
        canMatch: [roleGuard('therapist')],
        loadComponent: () => import('./measure-form-page/measure-form-page'),
      },
      {
        path: ':measureId/amend',
        title: 'Amend a measure',
        canMatch: [roleGuard('therapist')],
        loadComponent: () => import('./measure-form-page/measure-form-page'),
      },
    ],
  },
];
