import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as networkEffects from './network.effects';
import { networkFeature } from './network.feature';

/** The network slice, for any route that shows network facts (the tab, the Overview's summary). */
export const NETWORK_STATE_PROVIDERS = [provideState(networkFeature), provideEffects(networkEffects)];
