import { ROLE_LABELS, ROLES, type Role } from '@domain/accounts/role';

export interface RoleOption {
  readonly value: Role;
  readonly label: string;
}

/** The roles in the order the clinic thinks of them, with their labels, for selects. */
export const ROLE_OPTIONS: readonly RoleOption[] = ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));
