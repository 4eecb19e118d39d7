import type { ProblemDocument } from '@domain/problem/problem-document';
import { authStateWith, sessionInfoFor } from '../../../testing/auth-fixtures';
import { AppActions } from '../../app.actions';
import { AuthApiActions } from './auth-api.actions';
import { TwoFactorApiActions } from '../two-factor/two-factor-api.actions';
import { authFeature, initialAuthState, selectSelfReportEmail, type AuthState } from './auth.feature';
import { ChangePasswordPageActions } from './change-password-page.actions';
import { SessionActions } from './session.actions';
import { SignInPageActions } from './sign-in-page.actions';

const { reducer } = authFeature;
const therapist = sessionInfoFor('therapist');
const wrongPassword: ProblemDocument = {
  type: 'about:blank',
  title: 'Sign-in failed',
  status: 401,
  detail: 'Email or password is incorrect.',
};
const signedIn: AuthState = { ...initialAuthState, status: 'signed-in', sessionInfo: therapist };

describe('auth reducer', () => {
  it('starts unknown, then checking when the app opens', () => {
    expect(reducer(undefined, { type: '@@init' })).toEqual(initialAuthState);
    expect(reducer(initialAuthState, AppActions.opened())).toEqual({ ...initialAuthState, status: 'checking' });
  });

  it('is signed in when the session is restored', () => {
    const state = reducer({ ...initialAuthState, status: 'checking' }, AuthApiActions.sessionRestored({ sessionInfo: therapist }));

    expect(state).toEqual(signedIn);
  });

  it('is signed out when no session is found or the check fails', () => {
    const checking: AuthState = { ...initialAuthState, status: 'checking' };
    const signedOut: AuthState = { ...initialAuthState, status: 'signed-out' };

    expect(reducer(checking, AuthApiActions.sessionNotFound())).toEqual(signedOut);
    expect(reducer(checking, AuthApiActions.sessionCheckFailed({ problem: wrongPassword }))).toEqual(signedOut);
  });

  it('tracks a sign-in from submit to failure, with the wait after too many attempts', () => {
    const signedOut: AuthState = { ...initialAuthState, status: 'signed-out' };
    const submitting = reducer(signedOut, SignInPageActions.submitted({ request: { email: 'a@b.org', password: 'x' } }));
    const failed = reducer(submitting, AuthApiActions.signInFailed({ problem: wrongPassword, retryAfterSeconds: 300 }));

    expect(submitting).toEqual({ ...signedOut, signInStatus: 'submitting' });
    expect(failed).toEqual({ ...signedOut, signInError: wrongPassword, signInRetryAfterSeconds: 300 });
  });

  it('forgets a previous sign-in error when the page opens again', () => {
    const failed: AuthState = { ...initialAuthState, status: 'signed-out', signInError: wrongPassword, signInRetryAfterSeconds: 60 };

    expect(reducer(failed, SignInPageActions.opened())).toEqual({ ...initialAuthState, status: 'signed-out' });
  });

  it('is signed in after a successful sign-in', () => {
    const submitting: AuthState = { ...initialAuthState, status: 'signed-out', signInStatus: 'submitting' };

    expect(reducer(submitting, AuthApiActions.signInSucceeded({ sessionInfo: therapist }))).toEqual(signedIn);
  });

  it('forgets the user when the session ends or the user signs out', () => {
    const signedOut: AuthState = { ...initialAuthState, status: 'signed-out' };

    expect(reducer(signedIn, SessionActions.ended())).toEqual(signedOut);
    expect(reducer(signedIn, AuthApiActions.signOutSucceeded())).toEqual(signedOut);
  });

  it('keeps the user signed in when signing out fails', () => {
    expect(reducer(signedIn, AuthApiActions.signOutFailed({ problem: wrongPassword }))).toEqual(signedIn);
  });

  it('tracks a password change and takes the new session info', () => {
    const mustChange: AuthState = { ...signedIn, sessionInfo: sessionInfoFor('therapist', { mustChangePassword: true }) };
    const request = { currentPassword: 'old password 1', newPassword: 'a new long passphrase' };
    const submitting = reducer(mustChange, ChangePasswordPageActions.submitted({ request }));
    const problem: ProblemDocument = {
      type: 'about:blank',
      title: 'Invalid request',
      status: 400,
      errors: [{ field: 'currentPassword', message: 'Current password is incorrect.' }],
    };

    expect(submitting).toEqual({ ...mustChange, passwordChangeStatus: 'submitting' });
    expect(reducer(submitting, AuthApiActions.passwordChangeFailed({ problem }))).toEqual({
      ...mustChange,
      passwordChangeError: problem,
    });
    expect(reducer(submitting, AuthApiActions.passwordChanged({ sessionInfo: therapist }))).toEqual(signedIn);
  });
});

describe('auth selectors', () => {
  it('settle the session check only once it is known', () => {
    expect(authFeature.selectSessionCheck(authStateWith({ status: 'checking' }))).toEqual({ settled: false, user: null, pendingStep: null });
    expect(authFeature.selectSessionCheck(authStateWith({ status: 'signed-out' }))).toEqual({ settled: true, user: null, pendingStep: null });
    expect(authFeature.selectSessionCheck(authStateWith({ status: 'signed-in', sessionInfo: therapist }))).toEqual({
      settled: true,
      user: therapist.user,
      pendingStep: null,
    });
  });

  it('carry the second sign-in step still owed', () => {
    const pending = { ...therapist, session: { ...therapist.session, pendingStep: 'second-factor' as const } };
    expect(authFeature.selectSessionCheck(authStateWith({ status: 'signed-in', sessionInfo: pending })).pendingStep).toBe('second-factor');
  });

  it('take the signed-in session the second step answers', () => {
    const pending = { ...therapist, session: { ...therapist.session, pendingStep: 'enrolment' as const } };
    const state = authFeature.reducer(
      authStateWith({ status: 'signed-in', sessionInfo: pending }).auth,
      TwoFactorApiActions.enrolmentConfirmed({ recoveryCodes: ['AAAAA-BBBBB'], sessionInfo: therapist }),
    );
    expect(state.sessionInfo).toEqual(therapist);
  });

  it('give the idle limits only while signed in', () => {
    expect(authFeature.selectIdleLimits(authStateWith({ status: 'signed-in', sessionInfo: therapist }))).toEqual({
      idleTimeoutSeconds: 900,
      idleWarningSeconds: 120,
    });
    expect(authFeature.selectIdleLimits(authStateWith({ status: 'signed-out', sessionInfo: null }))).toBeNull();
  });

  it('round the sign-in wait up to whole minutes', () => {
    const viewModel = authFeature.selectSignInViewModel(
      authStateWith({ status: 'signed-out', signInError: wrongPassword, signInRetryAfterSeconds: 61 }),
    );

    expect(viewModel).toEqual({ submitting: false, error: wrongPassword, retryAfterMinutes: 2 });
  });

  it('label the role for the toolbar', () => {
    expect(authFeature.selectRoleLabel(authStateWith({ status: 'signed-in', sessionInfo: sessionInfoFor('admin') }))).toBe(
      'Administrator',
    );
  });
});

describe('selectSelfReportEmail', () => {
  it('offers email only when the signed-in session says the server can send it', () => {
    const info = sessionInfoFor('therapist');
    expect(selectSelfReportEmail.projector({ ...info, clinic: { selfReportEmail: true } })).toBeTrue();
    expect(selectSelfReportEmail.projector({ ...info, clinic: { selfReportEmail: false } })).toBeFalse();
    expect(selectSelfReportEmail.projector(null)).toBeFalse();
  });
});
