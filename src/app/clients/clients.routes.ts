import type { Routes } from '@angular/router';
import { readOnlyClientRecord, roleGuard, roleGuardWith } from '../core/auth/role.guard';
import { MEASURES_STATE_PROVIDERS } from '../measures/measures.providers';
import { NETWORK_STATE_PROVIDERS } from '../network/network.providers';
import { SESSIONS_STATE_PROVIDERS } from '../sessions/sessions.providers';
import { caseloadTitle } from './caseload-title';
import { CLIENTS_STATE_PROVIDERS } from './clients.providers';
import { FHIR_IMPORT_STATE_PROVIDERS } from './fhir-import/fhir-import.providers';

/**
 * The caseload and client pages. One parent route provides the clients state for all of them, so the
 * caseload keeps its page, sort and filters while the user visits a client and comes back.
 */
export default [
  {
    path: '',
    providers: CLIENTS_STATE_PROVIDERS,
    children: [
      {
        path: 'caseload',
        title: caseloadTitle,
        canMatch: [roleGuard('therapist', 'supervisor')],
        loadComponent: () => import('./caseload-page/caseload-page'),
      },
      {
        path: 'clients/new',
        title: 'Add client',
        canMatch: [roleGuard('therapist')],
        loadComponent: () => import('./client-form-page/client-form-page'),
      },
      {
        // A client from a FHIR bundle, into the therapist's own caseload (#19).
        path: 'clients/import',
        title: 'Import a client from FHIR',
        canMatch: [roleGuard('therapist')],
        providers: FHIR_IMPORT_STATE_PROVIDERS,
        loadComponent: () => import('./fhir-import/fhir-import-page/fhir-import-page'),
      },
      {
        path: 'clients/:id/edit',
        title: 'Edit client',
        canMatch: [roleGuardWith(['therapist'], readOnlyClientRecord)],
        loadComponent: () => import('./client-form-page/client-form-page'),
      },
      {
        // A session summary designed for paper, outside the client page's header and tabs.
        path: 'clients/:id/sessions/:sessionId/print/:copy',
        title: 'Session summary',
        canMatch: [roleGuard('therapist', 'supervisor')],
        loadChildren: () => import('../sessions/print/print.routes').then((m) => m.PRINT_ROUTES),
      },
      {
        // The client's complete record ("right of access"), designed for paper like the session summary.
        path: 'clients/:id/complete-record',
        title: 'Complete record',
        canMatch: [roleGuard('therapist', 'supervisor')],
        loadChildren: () => import('./complete-record/complete-record.routes').then((m) => m.COMPLETE_RECORD_ROUTES),
      },
      {
        // A referral letter to a community programme, designed for paper like the session summary (#16).
        path: 'clients/:id/referrals/:referralId/letter',
        title: 'Referral letter',
        canMatch: [roleGuard('therapist', 'supervisor')],
        loadComponent: () => import('../referrals/referral-letter-page/referral-letter-page'),
      },
      {
        // The self-report handout prints on its own; its link arrives as router state, never in the URL.
        path: 'clients/:id/self-report-handout/:requestId',
        title: 'Self-report handout',
        canMatch: [roleGuard('therapist')],
        loadComponent: () => import('../self-report/handout-page/handout-page'),
      },
      {
        path: 'clients/:id',
        canMatch: [roleGuard('therapist', 'supervisor')],
        loadComponent: () => import('./client-page/client-page'),
        children: [
          {
            path: '',
            title: 'Client overview',
            // The Overview shows today's network summary, the measures' flags and trend, and open follow-ups.
            providers: [...NETWORK_STATE_PROVIDERS, ...SESSIONS_STATE_PROVIDERS, ...MEASURES_STATE_PROVIDERS],
            loadComponent: () => import('./client-overview/client-overview'),
          },
          {
            path: 'network',
            title: 'Client support network',
            loadChildren: () => import('../network/network.routes').then((m) => m.NETWORK_TAB_ROUTES),
          },
          {
            path: 'sessions',
            title: 'Client sessions',
            loadChildren: () => import('../sessions/sessions.routes').then((m) => m.SESSIONS_TAB_ROUTES),
          },
          {
            path: 'measures',
            title: 'Client measures',
            loadChildren: () => import('../measures/measures.routes').then((m) => m.MEASURES_TAB_ROUTES),
          },
          {
            path: 'notes',
            title: 'Client notes',
            loadChildren: () => import('../network/network.routes').then((m) => m.NOTES_TAB_ROUTES),
          },
          {
            path: 'groups',
            title: 'Client groups',
            loadChildren: () => import('../groups/groups.routes').then((m) => m.CLIENT_GROUPS_TAB_ROUTES),
          },
        ],
      },
    ],
  },
] satisfies Routes;
