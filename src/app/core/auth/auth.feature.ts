import { ROLE_LABELS } from '@domain/accounts/role';
import type { SessionInfo, SessionUser } from '@domain/accounts/session-info';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { AppActions } from '../../app.actions';
import { AuthApiActions } from './auth-api.actions';
import { ChangePasswordPageActions } from './change-password-page.actions';
import { SessionActions } from './session.actions';
import { SignInPageActions } from './sign-in-page.actions';
import { TwoFactorApiActions } from '../two-factor/two-factor-api.actions';

/** `unknown` before the app asks the server, `checking` while it asks. */
export type AuthStatus = 'unknown' | 'checking' | 'signed-out' | 'signed-in';
export type SubmitStatus = 'idle' | 'submitting';

export interface AuthState {
  readonly status: AuthStatus;
  readonly sessionInfo: SessionInfo | null;
  readonly signInStatus: SubmitStatus;
  readonly signInError: ProblemDocument | null;
  readonly signInRetryAfterSeconds: number | null;
  readonly passwordChangeStatus: SubmitStatus;
  readonly passwordChangeError: ProblemDocument | null;
}

export const initialAuthState: AuthState = {
  status: 'unknown',
  sessionInfo: null,
  signInStatus: 'idle',
  signInError: null,
  signInRetryAfterSeconds: null,
  passwordChangeStatus: 'idle',
  passwordChangeError: null,
};

const signedOutState: AuthState = { ...initialAuthState, status: 'signed-out' };

/** Once the session check has settled: the signed-in user, or null. `settled: false` while unknown. */
export interface SessionCheck {
  readonly settled: boolean;
  readonly user: SessionUser | null;
  /** The second sign-in step still owed, if any (see SessionInfo). */
  readonly pendingStep: PendingStep;
}

export type PendingStep = SessionInfo['session']['pendingStep'];

export interface IdleLimits {
  readonly idleTimeoutSeconds: number;
  readonly idleWarningSeconds: number;
}

export const authFeature = createFeature({
  name: 'auth',
  reducer: createReducer(
    initialAuthState,
    on(AppActions.opened, (state): AuthState => ({ ...state, status: 'checking' })),
    on(
      AuthApiActions.sessionRestored,
      AuthApiActions.signInSucceeded,
      AuthApiActions.sessionRefreshed,
      AuthApiActions.passwordChanged,
      (state, { sessionInfo }): AuthState => ({
        ...state,
        status: 'signed-in',
        sessionInfo,
        signInStatus: 'idle',
        signInError: null,
        signInRetryAfterSeconds: null,
        passwordChangeStatus: 'idle',
        passwordChangeError: null,
      }),
    ),
    // Past the second step: the server answered the signed-in session that replaced the pending one.
    on(
      TwoFactorApiActions.codeAccepted,
      TwoFactorApiActions.enrolmentConfirmed,
      (state, { sessionInfo }): AuthState => ({ ...state, status: 'signed-in', sessionInfo }),
    ),
    on(
      AuthApiActions.sessionNotFound,
      AuthApiActions.sessionCheckFailed,
      AuthApiActions.signOutSucceeded,
      SessionActions.ended,
      (): AuthState => signedOutState,
    ),
    on(
      SignInPageActions.opened,
      (state): AuthState => ({ ...state, signInError: null, signInRetryAfterSeconds: null }),
    ),
    on(
      SignInPageActions.submitted,
      (state): AuthState => ({ ...state, signInStatus: 'submitting', signInError: null, signInRetryAfterSeconds: null }),
    ),
    on(
      AuthApiActions.signInFailed,
      (state, { problem, retryAfterSeconds }): AuthState => ({
        ...state,
        signInStatus: 'idle',
        signInError: problem,
        signInRetryAfterSeconds: retryAfterSeconds,
      }),
    ),
    on(ChangePasswordPageActions.opened, (state): AuthState => ({ ...state, passwordChangeError: null })),
    on(
      ChangePasswordPageActions.submitted,
      (state): AuthState => ({ ...state, passwordChangeStatus: 'submitting', passwordChangeError: null }),
    ),
    on(
      AuthApiActions.passwordChangeFailed,
      (state, { problem }): AuthState => ({ ...state, passwordChangeStatus: 'idle', passwordChangeError: problem }),
    ),
  ),
  extraSelectors: ({
    selectStatus,
    selectSessionInfo,
    selectSignInStatus,
    selectSignInError,
    selectSignInRetryAfterSeconds,
    selectPasswordChangeStatus,
    selectPasswordChangeError,
  }) => {
    const selectUser = createSelector(selectSessionInfo, (sessionInfo) => sessionInfo?.user ?? null);
    return {
      selectUser,
      selectIsSignedIn: createSelector(selectStatus, (status) => status === 'signed-in'),
      selectRoleLabel: createSelector(selectUser, (user) => (user ? ROLE_LABELS[user.role] : '')),
      selectSessionCheck: createSelector(
        selectStatus,
        selectUser,
        selectSessionInfo,
        (status, user, sessionInfo): SessionCheck => ({
          settled: status === 'signed-in' || status === 'signed-out',
          user: status === 'signed-in' ? user : null,
          pendingStep: status === 'signed-in' ? (sessionInfo?.session.pendingStep ?? null) : null,
        }),
      ),
      selectIdleLimits: createSelector(
        selectStatus,
        selectSessionInfo,
        (status, sessionInfo): IdleLimits | null =>
          status === 'signed-in' && sessionInfo
            ? {
                idleTimeoutSeconds: sessionInfo.session.idleTimeoutSeconds,
                idleWarningSeconds: sessionInfo.session.idleWarningSeconds,
              }
            : null,
      ),
      selectSignInViewModel: createSelector(
        selectSignInStatus,
        selectSignInError,
        selectSignInRetryAfterSeconds,
        (signInStatus, error, retryAfterSeconds) => ({
          submitting: signInStatus === 'submitting',
          error,
          retryAfterMinutes: retryAfterSeconds === null ? null : Math.max(1, Math.ceil(retryAfterSeconds / 60)),
        }),
      ),
      selectChangePasswordViewModel: createSelector(
        selectPasswordChangeStatus,
        selectPasswordChangeError,
        selectUser,
        (passwordChangeStatus, error, user) => ({
          submitting: passwordChangeStatus === 'submitting',
          error,
          mustChangePassword: user?.mustChangePassword ?? false,
        }),
      ),
    };
  },
});

/** Whether this clinic's server can email a self-report link (SMTP_URL set). */
export const selectSelfReportEmail = createSelector(
  authFeature.selectSessionInfo,
  (sessionInfo) => sessionInfo?.clinic?.selfReportEmail ?? false,
);
