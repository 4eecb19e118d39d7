import type { Routes } from '@angular/router';
import { ACCOUNTS_STATE_PROVIDERS } from './accounts/accounts.providers';
import { ASSIGNMENTS_STATE_PROVIDERS } from './assignments/assignments.providers';
import { AUDIT_STATE_PROVIDERS } from './audit/audit.providers';
import { CASELOAD_IMPORT_STATE_PROVIDERS } from './caseload-import/caseload-import.providers';
import { CLINIC_EXPORT_STATE_PROVIDERS } from './clinic-export/clinic-export.providers';
import { TWO_FACTOR_POLICY_STATE_PROVIDERS } from './two-factor-policy/two-factor-policy.providers';

/** Admin area; the role guard on its parent route lets only admins in. Each page brings its own state. */
export default [
  { path: '', pathMatch: 'full', redirectTo: 'accounts' },
  {
    path: 'accounts',
    title: 'Accounts',
    providers: ACCOUNTS_STATE_PROVIDERS,
    loadComponent: () => import('./accounts/accounts-page/accounts-page'),
  },
  {
    path: 'assignments',
    title: 'Client assignment',
    providers: ASSIGNMENTS_STATE_PROVIDERS,
    loadComponent: () => import('./assignments/assignments-page/assignments-page'),
  },
  {
    path: 'caseload-import',
    title: 'Import a caseload',
    providers: CASELOAD_IMPORT_STATE_PROVIDERS,
    loadComponent: () => import('./caseload-import/caseload-import-page/caseload-import-page'),
  },
  {
    path: 'clinic-export',
    title: 'Export the clinic',
    providers: CLINIC_EXPORT_STATE_PROVIDERS,
    loadComponent: () => import('./clinic-export/clinic-export-page/clinic-export-page'),
  },
  {
    path: 'audit',
    title: 'Audit trail',
    providers: AUDIT_STATE_PROVIDERS,
    loadComponent: () => import('./audit/audit-trail-page/audit-trail-page'),
  },
  {
    path: 'programmes',
    title: 'Community programmes',
    loadComponent: () => import('./programmes/programmes-page/programmes-page'),
  },
  {
    path: 'two-factor',
    title: 'Two-factor policy',
    providers: TWO_FACTOR_POLICY_STATE_PROVIDERS,
    loadComponent: () => import('./two-factor-policy/two-factor-policy-page/two-factor-policy-page'),
  },
] satisfies Routes;
