import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as measuresEffects from './measures.effects';
import { measuresFeature } from './measures.feature';

/** The measures slice, for any route that shows measures (the tab, the Overview's summary). */
export const MEASURES_STATE_PROVIDERS = [provideState(measuresFeature), provideEffects(measuresEffects)];
