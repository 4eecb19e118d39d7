import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import * as fhirImportEffects from './fhir-import.effects';
import { fhirImportFeature } from './fhir-import.feature';

/** The FHIR import page. */
export const FHIR_IMPORT_STATE_PROVIDERS = [provideState(fhirImportFeature), provideEffects(fhirImportEffects)];
