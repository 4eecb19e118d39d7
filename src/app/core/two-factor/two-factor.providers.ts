import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as twoFactorEffects from './two-factor.effects';
import { twoFactorFeature } from './two-factor.feature';

/**
 * Two-factor enrolment and verification, for the whole app: its pages live both outside the shell
 * (the sign-in step) and inside it (the account page).
 */
export const TWO_FACTOR_STATE_PROVIDERS = [provideState(twoFactorFeature), provideEffects(twoFactorEffects)];
