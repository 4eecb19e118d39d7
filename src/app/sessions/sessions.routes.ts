import type { Routes } from '@angular/router';
import { roleGuard } from '../core/auth/role.guard';
import { SESSION_FEEDBACK_STATE_PROVIDERS } from '../self-report/self-report.providers';
import { SESSIONS_STATE_PROVIDERS } from './sessions.providers';

/**
 * The client page's "Sessions" tab, for a child route of `clients/:id` (the client id is the
 * nearest `id` parameter up the route tree): the list, one session, and recording it. Lazy: load it
 * with `loadChildren: () => import('../sessions/sessions.routes').then((m) => m.SESSIONS_TAB_ROUTES)`.
 * Today's network members (who can be invited, with their consent) come through the NetworkApi.
 */
export const SESSIONS_TAB_ROUTES: Routes = [
  {
    path: '',
    // Family feedback on completed sessions, and its trend on the tab.
    providers: [...SESSIONS_STATE_PROVIDERS, ...SESSION_FEEDBACK_STATE_PROVIDERS],
    children: [
      { path: '', loadComponent: () => import('./sessions-tab/sessions-tab') },
      {
        path: ':sessionId',
        title: 'Family session',
        loadComponent: () => import('./session-detail-page/session-detail-page'),
      },
      {
        // Supervisors read; the server refuses their writes anyway.
        path: ':sessionId/record',
        title: 'Record session',
        canMatch: [roleGuard('therapist')],
        loadComponent: () => import('./record-page/record-page'),
      },
    ],
  },
];
