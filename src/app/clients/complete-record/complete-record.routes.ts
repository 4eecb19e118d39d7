import type { Routes } from '@angular/router';
import { RECORD_PRINTOUT_STATE_PROVIDERS } from './record-printout.providers';

/**
 * The client's complete record, for `clients/:id/complete-record`. Lazy:
 * `loadChildren: () => import('./complete-record/complete-record.routes').then((m) => m.COMPLETE_RECORD_ROUTES)`.
 */
export const COMPLETE_RECORD_ROUTES: Routes = [
  {
    path: '',
    providers: RECORD_PRINTOUT_STATE_PROVIDERS,
    loadComponent: () => import('./complete-record-page/complete-record-page'),
  },
];
