import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as groupsEffects from './groups.effects';
import { groupsFeature } from './groups.feature';

/** The groups the clinic runs, a group's roster and meetings, and a client's own groups. */
export const GROUPS_STATE_PROVIDERS = [provideState(groupsFeature), provideEffects(groupsEffects)];
