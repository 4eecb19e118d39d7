import type { TwoFactorPolicy } from '@domain/accounts/two-factor';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { createFeature, createReducer, on } from '@ngrx/store';
import type { LoadStatus, SaveStatus } from '../../shared/state/request-status';
import { TwoFactorPolicyApiActions } from './two-factor-policy-api.actions';
import { TwoFactorPolicyPageActions } from './two-factor-policy-page.actions';

export interface TwoFactorPolicyState {
  readonly policy: TwoFactorPolicy | null;
  readonly loadStatus: LoadStatus;
  readonly saveStatus: SaveStatus;
  readonly error: ProblemDocument | null;
}

export const initialTwoFactorPolicyState: TwoFactorPolicyState = {
  policy: null,
  loadStatus: 'idle',
  saveStatus: 'idle',
  error: null,
};

export const twoFactorPolicyFeature = createFeature({
  name: 'twoFactorPolicy',
  reducer: createReducer(
    initialTwoFactorPolicyState,
    on(
      TwoFactorPolicyPageActions.opened,
      TwoFactorPolicyPageActions.retryClicked,
      (state): TwoFactorPolicyState => ({ ...state, loadStatus: 'loading', saveStatus: 'idle', error: null }),
    ),
    on(TwoFactorPolicyApiActions.policyLoaded, (state, { policy }): TwoFactorPolicyState => ({ ...state, policy, loadStatus: 'loaded' })),
    on(TwoFactorPolicyApiActions.policyLoadFailed, (state, { problem }): TwoFactorPolicyState => ({ ...state, loadStatus: 'failed', error: problem })),
    on(TwoFactorPolicyPageActions.saveClicked, (state): TwoFactorPolicyState => ({ ...state, saveStatus: 'saving', error: null })),
    on(TwoFactorPolicyApiActions.policySaved, (state, { policy }): TwoFactorPolicyState => ({ ...state, policy, saveStatus: 'saved' })),
    on(
      TwoFactorPolicyApiActions.policySaveFailed,
      (state, { problem, current }): TwoFactorPolicyState => ({ ...state, policy: current ?? state.policy, saveStatus: 'failed', error: problem }),
    ),
  ),
});
