import type { Role } from '@domain/accounts/role';
import { sessionInfoFor, signedInState } from '../../../testing/auth-fixtures';
import { initialNetworkState, type NetworkState } from '../../network/network.feature';
import { initialSessionFeedbackState } from '../../self-report/session-feedback.feature';
import type { SessionsState } from '../sessions.feature';

/** A whole store for component specs: the signed-in user, the sessions slice, the network slice and family feedback. */
export function sessionsStoreWith(
  role: Role,
  sessions: SessionsState,
  network: Partial<NetworkState> = {},
): Record<string, unknown> {
  return {
    ...signedInState(sessionInfoFor(role)),
    sessions,
    network: { ...initialNetworkState, ...network },
    sessionFeedback: initialSessionFeedbackState,
  };
}
