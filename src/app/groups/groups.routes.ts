import type { Routes } from '@angular/router';
import { roleGuard } from '../core/auth/role.guard';
import { GROUPS_STATE_PROVIDERS } from './groups.providers';

/** `/groups`: the groups the clinic runs, one group, one meeting and its attendance sheet. */
export default [
  {
    path: '',
    providers: GROUPS_STATE_PROVIDERS,
    children: [
      { path: '', title: 'Groups', loadComponent: () => import('./groups-page/groups-page') },
      {
        path: 'new',
        title: 'New group',
        canMatch: [roleGuard('supervisor', 'admin')],
        loadComponent: () => import('./group-form-page/group-form-page'),
      },
      {
        path: ':groupId/edit',
        title: 'Change group',
        canMatch: [roleGuard('supervisor', 'admin')],
        loadComponent: () => import('./group-form-page/group-form-page'),
      },
      { path: ':groupId', title: 'Group', loadComponent: () => import('./group-page/group-page') },
      {
        path: ':groupId/meetings/:meetingId',
        title: 'Group meeting',
        canMatch: [roleGuard('therapist', 'supervisor')],
        loadComponent: () => import('./meeting-page/meeting-page'),
      },
      {
        path: ':groupId/meetings/:meetingId/attendance-sheet',
        title: 'Attendance sheet',
        canMatch: [roleGuard('therapist', 'supervisor')],
        loadComponent: () => import('./attendance-sheet/attendance-sheet'),
      },
    ],
  },
] satisfies Routes;

/** The Groups tab of a client's page. */
export const CLIENT_GROUPS_TAB_ROUTES: Routes = [
  { path: '', providers: GROUPS_STATE_PROVIDERS, loadComponent: () => import('./client-groups-tab/client-groups-tab') },
];
