import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as accountsEffects from './accounts.effects';
import { accountsFeature } from './accounts.feature';

/** The accounts page and its dialogs. */
export const ACCOUNTS_STATE_PROVIDERS = [provideState(accountsFeature), provideEffects(accountsEffects)];
