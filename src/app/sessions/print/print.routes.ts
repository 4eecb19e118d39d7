import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as printoutEffects from './printout.effects';
import { printoutFeature } from './printout.feature';

/**
 * The printable session summary, for `clients/:id/sessions/:sessionId/print/:copy` (`clinician` or
 * `family`). Lazy: `loadChildren: () => import('../sessions/print/print.routes').then((m) => m.PRINT_ROUTES)`.
 */
export const PRINT_ROUTES: Routes = [
  {
    path: '',
    providers: [provideState(printoutFeature), provideEffects(printoutEffects)],
    loadComponent: () => import('./print-page/print-page'),
  },
];
