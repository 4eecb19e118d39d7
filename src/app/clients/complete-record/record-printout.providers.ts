import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as recordPrintoutEffects from './record-printout.effects';
import { recordPrintoutFeature } from './record-printout.feature';

/** The complete-record slice, for its print page. */
export const RECORD_PRINTOUT_STATE_PROVIDERS = [provideState(recordPrintoutFeature), provideEffects(recordPrintoutEffects)];
