import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as authEffects from './auth.effects';
import { authFeature } from './auth.feature';

/** Who is signed in, for the whole app (every page and guard reads it). */
export const AUTH_STATE_PROVIDERS = [provideState(authFeature), provideEffects(authEffects)];
