import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as clientsEffects from './clients.effects';
import { clientsFeature } from './clients.feature';

/** The clients slice, for the caseload and every client page. */
export const CLIENTS_STATE_PROVIDERS = [provideState(clientsFeature), provideEffects(clientsEffects)];
