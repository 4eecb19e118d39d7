import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as caseloadImportEffects from './caseload-import.effects';
import { caseloadImportFeature } from './caseload-import.feature';

/** The caseload CSV import page. */
export const CASELOAD_IMPORT_STATE_PROVIDERS = [provideState(caseloadImportFeature), provideEffects(caseloadImportEffects)];
