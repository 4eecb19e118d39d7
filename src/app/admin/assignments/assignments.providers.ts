import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as assignmentsEffects from './assignments.effects';
import { assignmentsFeature } from './assignments.feature';

/** The assignments page and its reassign dialog. */
export const ASSIGNMENTS_STATE_PROVIDERS = [provideState(assignmentsFeature), provideEffects(assignmentsEffects)];
