import type { Role } from '@domain/accounts/role';
import type { IconName } from '../../shared/icon/icon-paths';

export interface NavigationItem {
  readonly label: string;
  readonly icon: IconName;
  readonly path: string;
  readonly roles: readonly Role[];
}

/** The side navigation; each role sees only what its route guards let it use, home page first. */
export const NAVIGATION: readonly NavigationItem[] = [
  { label: 'My caseload', icon: 'groups', path: '/caseload', roles: ['therapist'] },
  { label: 'Agenda', icon: 'event', path: '/agenda', roles: ['therapist'] },
  { label: 'Accounts', icon: 'manage_accounts', path: '/admin/accounts', roles: ['admin'] },
  { label: 'Client assignment', icon: 'assignment_ind', path: '/admin/assignments', roles: ['admin'] },
  { label: 'Import a caseload', icon: 'note_add', path: '/admin/caseload-import', roles: ['admin'] },
  { label: 'Export the clinic', icon: 'download', path: '/admin/clinic-export', roles: ['admin'] },
  { label: 'Audit trail', icon: 'history', path: '/admin/audit', roles: ['admin'] },
  { label: 'Two-factor policy', icon: 'encrypted', path: '/admin/two-factor', roles: ['admin'] },
  { label: 'Community programmes', icon: 'diversity_3', path: '/admin/programmes', roles: ['admin'] },
  { label: 'Team dashboard', icon: 'monitoring', path: '/team', roles: ['supervisor', 'admin'] },
  { label: 'Team caseload', icon: 'groups', path: '/caseload', roles: ['supervisor'] },
  { label: 'Groups', icon: 'diversity_3', path: '/groups', roles: ['therapist', 'supervisor', 'admin'] },
  // Last for everyone: password and two-factor sign-in (the toolbar's name links here too, on wide screens).
  { label: 'Your account', icon: 'account_circle', path: '/account', roles: ['therapist', 'supervisor', 'admin'] },
];

export function navigationFor(role: Role): readonly NavigationItem[] {
  return NAVIGATION.filter((item) => item.roles.includes(role));
}
