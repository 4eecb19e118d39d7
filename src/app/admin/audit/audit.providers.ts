import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as auditEffects from './audit.effects';
import { auditFeature } from './audit.feature';

/** The audit trail page. */
export const AUDIT_STATE_PROVIDERS = [provideState(auditFeature), provideEffects(auditEffects)];
