import type { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as accountsEffects from './accounts/accounts.effects';
import { accountsFeature } from './accounts/accounts.feature';
import * as assignmentsEffects from './assignments/assignments.effects';
import { assignmentsFeature } from './assignments/assignments.feature';
import * as auditEffects from './audit/audit.effects';
import { auditFeature } from './audit/audit.feature';
import * as twoFactorPolicyEffects from './two-factor-policy/two-factor-policy.effects';
import { twoFactorPolicyFeature } from './two-factor-policy/two-factor-policy.feature';

/** Admin area; the role guard on its parent route lets only admins in. Each page brings its own state. */
export default [
  { path: '', pathMatch: 'full', redirectTo: 'accounts' },
  {
    path: 'accounts',
    title: 'Accounts',
    providers: [provideState(accountsFeature), provideEffects(accountsEffects)],
    loadComponent: () => import('./accounts/accounts-page/accounts-page'),
  },
  {
    path: 'assignments',
    title: 'Client assignment',
    providers: [provideState(assignmentsFeature), provideEffects(assignmentsEffects)],
    loadComponent: () => import('./assignments/assignments-page/assignments-page'),
  },
  {
    path: 'audit',
    title: 'Audit trail',
    providers: [provideState(auditFeature), provideEffects(auditEffects)],
    loadComponent: () => import('./audit/audit-trail-page/audit-trail-page'),
  },
  {
    path: 'two-factor',
    title: 'Two-factor policy',
    providers: [provideState(twoFactorPolicyFeature), provideEffects(twoFactorPolicyEffects)],
    loadComponent: () => import('./two-factor-policy/two-factor-policy-page/two-factor-policy-page'),
  },
] satisfies Routes;
