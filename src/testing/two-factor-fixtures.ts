import { initialTwoFactorState, type TwoFactorState } from '../app/core/two-factor/two-factor.feature';
import type { AuthState } from '../app/core/auth/auth.feature';
import { sessionInfoFor, signedInState } from './auth-fixtures';
import type { SessionInfo } from '@domain/accounts/session-info';

/** Spec helpers only: a store with the auth state of a user owing `pendingStep`, plus two-factor state. */
export function twoFactorStoreState(
  changes: Partial<TwoFactorState> = {},
  pendingStep: SessionInfo['session']['pendingStep'] = null,
): { auth: AuthState; twoFactor: TwoFactorState } {
  const info = sessionInfoFor('therapist');
  return {
    ...signedInState({ ...info, session: { ...info.session, pendingStep } }),
    twoFactor: { ...initialTwoFactorState, ...changes },
  };
}

export const TEN_RECOVERY_CODES: readonly string[] = Array.from({ length: 10 }, (_, index) => `ABCDE-FGH${String(index).padStart(2, '2')}`);
