import type { TwoFactorEnrolment, TwoFactorStatus } from '@domain/accounts/two-factor';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { AuthApiActions } from '../auth/auth-api.actions';
import { SessionActions } from '../auth/session.actions';
import type { LoadStatus } from '../../shared/state/request-status';
import { AccountPageActions } from './account-page.actions';
import { EnrolmentPageActions } from './enrolment-page.actions';
import { TwoFactorApiActions } from './two-factor-api.actions';
import { TwoFactorCodePageActions } from './two-factor-code-page.actions';

export interface TwoFactorState {
  readonly status: TwoFactorStatus | null;
  readonly statusLoad: LoadStatus;
  readonly enrolment: TwoFactorEnrolment | null;
  readonly enrolmentLoad: LoadStatus;
  readonly submitting: boolean;
  /** The last refused code or failed load, shown on the page that asked. */
  readonly error: ProblemDocument | null;
  readonly retryAfterSeconds: number | null;
  /** Shown once after enrolment or regeneration; dropped when the user says they saved them. */
  readonly recoveryCodes: readonly string[] | null;
}

export const initialTwoFactorState: TwoFactorState = {
  status: null,
  statusLoad: 'idle',
  enrolment: null,
  enrolmentLoad: 'idle',
  submitting: false,
  error: null,
  retryAfterSeconds: null,
  recoveryCodes: null,
};

const refused = (state: TwoFactorState, problem: ProblemDocument, retryAfterSeconds: number | null): TwoFactorState => ({
  ...state,
  submitting: false,
  error: problem,
  retryAfterSeconds,
});

export const twoFactorFeature = createFeature({
  name: 'twoFactor',
  reducer: createReducer(
    initialTwoFactorState,
    on(TwoFactorCodePageActions.opened, (state): TwoFactorState => ({ ...state, error: null, retryAfterSeconds: null })),
    on(
      AccountPageActions.opened,
      AccountPageActions.retryClicked,
      (state): TwoFactorState => ({ ...state, statusLoad: 'loading', error: null, retryAfterSeconds: null, recoveryCodes: null }),
    ),
    on(
      EnrolmentPageActions.opened,
      EnrolmentPageActions.retryClicked,
      (state): TwoFactorState => ({ ...state, enrolment: null, enrolmentLoad: 'loading', error: null, retryAfterSeconds: null, recoveryCodes: null }),
    ),
    on(
      TwoFactorCodePageActions.submitted,
      EnrolmentPageActions.codeSubmitted,
      AccountPageActions.regenerateSubmitted,
      (state): TwoFactorState => ({ ...state, submitting: true, error: null, retryAfterSeconds: null }),
    ),
    on(TwoFactorApiActions.statusLoaded, (state, { status }): TwoFactorState => ({ ...state, status, statusLoad: 'loaded' })),
    on(TwoFactorApiActions.statusLoadFailed, (state, { problem }): TwoFactorState => ({ ...state, statusLoad: 'failed', error: problem })),
    on(TwoFactorApiActions.enrolmentStarted, (state, { enrolment }): TwoFactorState => ({ ...state, enrolment, enrolmentLoad: 'loaded' })),
    on(
      TwoFactorApiActions.enrolmentStartFailed,
      (state, { problem }): TwoFactorState => ({ ...state, enrolmentLoad: 'failed', error: problem }),
    ),
    on(
      TwoFactorApiActions.enrolmentConfirmed,
      TwoFactorApiActions.recoveryCodesRegenerated,
      // The key has done its job: it leaves the store with the QR code.
      (state, { recoveryCodes }): TwoFactorState => ({
        ...state,
        submitting: false,
        enrolment: null,
        recoveryCodes,
        status: state.status && { ...state.status, recoveryCodesLeft: recoveryCodes.length },
      }),
    ),
    on(TwoFactorApiActions.codeAccepted, (state): TwoFactorState => ({ ...state, submitting: false })),
    on(
      TwoFactorApiActions.enrolmentConfirmFailed,
      TwoFactorApiActions.codeRefused,
      TwoFactorApiActions.recoveryCodesRegenerateFailed,
      (state, { problem, retryAfterSeconds }): TwoFactorState => refused(state, problem, retryAfterSeconds),
    ),
    on(
      EnrolmentPageActions.codesSavedClicked,
      AccountPageActions.codesSavedClicked,
      (state): TwoFactorState => ({ ...state, recoveryCodes: null }),
    ),
    // Nothing of one user's second factor outlives their session.
    on(AuthApiActions.signOutSucceeded, SessionActions.ended, (): TwoFactorState => initialTwoFactorState),
  ),
  extraSelectors: ({ selectError, selectRetryAfterSeconds }) => ({
    /** The refusal in words, with the wait when sign-in is paused. */
    selectErrorMessage: createSelector(selectError, selectRetryAfterSeconds, (error, retryAfterSeconds): string | null => {
      if (!error) {
        return null;
      }
      const detail = error.errors?.[0]?.message ?? error.detail ?? error.title;
      if (retryAfterSeconds === null) {
        return detail;
      }
      const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
      return `${detail} You can try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
    }),
  }),
});
