import type { FhirImportPreview, FhirImportResult } from '@domain/clients/fhir-import';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const FhirImportPageActions = createActionGroup({
  source: 'FHIR Import Page',
  events: {
    Opened: emptyProps(),
    'File Chosen': props<{ fileName: string; bundle: string }>(),
    /** `bundle`: the previewed file's text, checked again by the import. */
    'Import Clicked': props<{ bundle: string }>(),
  },
});

export const FhirImportApiActions = createActionGroup({
  source: 'FHIR Import API',
  events: {
    'Preview Loaded': props<{ preview: FhirImportPreview }>(),
    'Preview Failed': props<{ problem: ProblemDocument }>(),
    Imported: props<{ result: FhirImportResult }>(),
    'Import Failed': props<{ problem: ProblemDocument }>(),
  },
});
