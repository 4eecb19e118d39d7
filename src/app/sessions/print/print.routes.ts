import type { Routes } from '@angular/router';
import { PRINTOUT_STATE_PROVIDERS } from './printout.providers';

/**
 * The printable session summary, for `clients/:id/sessions/:sessionId/print/:copy` (`clinician` or
 * `family`). Lazy: `loadChildren: () => import('../sessions/print/print.routes').then((m) => m.PRINT_ROUTES)`.
 */
export const PRINT_ROUTES: Routes = [
  {
    path: '',
    providers: PRINTOUT_STATE_PROVIDERS,
    loadComponent: () => import('./print-page/print-page'),
  },
];
