import type { Role } from './role';

/** A user account as the accounts screen shows it. */
export interface Account {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly role: Role;
  readonly supervisorId: string | null;
  readonly supervisorName: string | null;
  readonly active: boolean;
  readonly mustChangePassword: boolean;
  readonly isDemo: boolean;
  readonly version: number;
}

/** A therapist one may assign clients to. */
export interface TherapistOption {
  readonly id: string;
  readonly name: string;
  readonly supervisorId: string | null;
}

/** Answer of a password reset: shown once to the administrator, never stored in clear. */
export interface PasswordResetResult {
  readonly temporaryPassword: string;
}
