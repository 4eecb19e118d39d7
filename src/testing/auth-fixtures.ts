import type { Role } from '@domain/accounts/role';
import type { SessionInfo } from '@domain/accounts/session-info';
import { initialAuthState, type AuthState } from '../app/core/auth/auth.feature';

/** Spec helpers only (excluded from the app build by tsconfig.app.json). */
export function sessionInfoFor(role: Role, overrides: Partial<SessionInfo['user']> = {}): SessionInfo {
  return {
    user: {
      id: `0190a1b2-0000-7000-8000-00000000000${role.length}`,
      name: { therapist: 'Tess Therapist', supervisor: 'Sam Supervisor', admin: 'Ada Admin' }[role],
      email: `${role}@clinic.example`,
      role,
      mustChangePassword: false,
      isDemo: true,
      ...overrides,
    },
    session: { idleTimeoutSeconds: 900, idleWarningSeconds: 120, absoluteExpiresAt: '2026-11-26T08:00:00.000Z', pendingStep: null },
    clinic: { selfReportEmail: false },
  };
}

export function signedInState(sessionInfo: SessionInfo): { auth: AuthState } {
  return { auth: { ...initialAuthState, status: 'signed-in', sessionInfo } };
}

export function authStateWith(changes: Partial<AuthState>): { auth: AuthState } {
  return { auth: { ...initialAuthState, ...changes } };
}
