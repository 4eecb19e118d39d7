import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as twoFactorPolicyEffects from './two-factor-policy.effects';
import { twoFactorPolicyFeature } from './two-factor-policy.feature';

/** The clinic's two-factor policy page. */
export const TWO_FACTOR_POLICY_STATE_PROVIDERS = [provideState(twoFactorPolicyFeature), provideEffects(twoFactorPolicyEffects)];
