import type { Role } from '@domain/accounts/role';

const HOME_BY_ROLE: Record<Role, string> = {
  therapist: '/caseload',
  supervisor: '/team',
  admin: '/admin/accounts',
};

/** Where each role starts, and where the role guard sends a user who strays. */
export function homeOf(role: Role): string {
  return HOME_BY_ROLE[role];
}
