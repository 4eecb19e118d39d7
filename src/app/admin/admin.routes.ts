import type { Routes } from '@angular/router';

/** Admin area; the role guard on its parent route lets only admins in. */
export default [
  { path: '', pathMatch: 'full', redirectTo: 'accounts' },
  { path: 'accounts', title: 'Accounts', loadComponent: () => import('./accounts-page/accounts-page') },
  { path: 'audit', title: 'Audit trail', loadComponent: () => import('./audit-trail-page/audit-trail-page') },
] satisfies Routes;
