import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as printoutEffects from './printout.effects';
import { printoutFeature } from './printout.feature';

/** The printout slice, for the print pages. */
export const PRINTOUT_STATE_PROVIDERS = [provideState(printoutFeature), provideEffects(printoutEffects)];
