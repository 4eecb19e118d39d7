import type { Routes } from '@angular/router';
import { homeRedirect } from './core/auth/home-redirect';
import { roleGuard } from './core/auth/role.guard';
import { CHANGE_PASSWORD_PATH, signedInGuard } from './core/auth/signed-in.guard';
import { signedOutGuard } from './core/auth/signed-out.guard';
import { secondStepGuard } from './core/two-factor/second-step.guard';

export const routes: Routes = [
  {
    path: 'sign-in',
    title: 'Sign in',
    canMatch: [signedOutGuard],
    loadComponent: () => import('./core/auth/sign-in-page/sign-in-page'),
  },
  {
    path: CHANGE_PASSWORD_PATH,
    title: 'Change your password',
    canMatch: [signedInGuard],
    loadComponent: () => import('./core/auth/change-password-page/change-password-page'),
  },
  {
    // The second sign-in step: only a session whose password was right and whose code is owed.
    path: 'two-factor',
    pathMatch: 'full',
    title: 'Two-factor sign-in',
    canMatch: [secondStepGuard('code')],
    loadComponent: () => import('./core/two-factor/two-factor-code-page/two-factor-code-page'),
  },
  {
    path: 'two-factor/set-up',
    title: 'Set up two-factor sign-in',
    canMatch: [secondStepGuard('enrolment')],
    loadComponent: () => import('./core/two-factor/enrolment-page/enrolment-page'),
  },
  {
    // Everything else is for signed-in users, inside the app shell.
    path: '',
    canMatch: [signedInGuard],
    loadComponent: () => import('./core/layout/shell/shell'),
    children: [
      { path: '', pathMatch: 'full', redirectTo: homeRedirect },
      {
        path: 'agenda',
        title: 'Agenda',
        canMatch: [roleGuard('therapist')],
        loadChildren: () => import('./sessions/agenda/agenda.routes'),
      },
      {
        // The team dashboard and its drill-downs, with their state.
        path: 'team',
        canMatch: [roleGuard('supervisor', 'admin')],
        loadChildren: () => import('./supervision/supervision.routes'),
      },
      {
        // Groups the clinic runs (issue #16), with their state.
        path: 'groups',
        loadChildren: () => import('./groups/groups.routes'),
      },
      {
        path: 'account',
        title: 'Your account',
        loadComponent: () => import('./core/two-factor/account-page/account-page'),
      },
      {
        path: 'admin',
        canMatch: [roleGuard('admin')],
        loadChildren: () => import('./admin/admin.routes'),
      },
      {
        // The caseload and client pages (`/caseload`, `/clients/...`), with their state.
        path: '',
        loadChildren: () => import('./clients/clients.routes'),
      },
      {
        path: '**',
        title: 'Page not found',
        loadComponent: () => import('./core/errors/not-found-page/not-found-page'),
      },
    ],
  },
];
