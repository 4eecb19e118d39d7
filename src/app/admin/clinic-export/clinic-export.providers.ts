import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as clinicExportEffects from './clinic-export.effects';
import { clinicExportFeature } from './clinic-export.feature';

/** The clinic export page. */
export const CLINIC_EXPORT_STATE_PROVIDERS = [provideState(clinicExportFeature), provideEffects(clinicExportEffects)];
