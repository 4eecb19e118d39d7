import type { Routes } from '@angular/router';
import { AGENDA_STATE_PROVIDERS } from './agenda.providers';

/** The therapist's agenda, with its state: lazy, so the agenda slice stays out of the first bundle. */
export default [
  {
    path: '',
    providers: AGENDA_STATE_PROVIDERS,
    loadComponent: () => import('../agenda-page/agenda-page'),
  },
] satisfies Routes;
