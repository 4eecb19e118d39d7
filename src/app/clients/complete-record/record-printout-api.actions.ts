import type { CompleteRecordPrintout } from '@domain/clients/complete-record';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { createActionGroup, props } from '@ngrx/store';

export const RecordPrintoutApiActions = createActionGroup({
  source: 'Record Printout API',
  events: {
    'Printout Loaded': props<{ clientId: string; printout: CompleteRecordPrintout }>(),
    'Printout Load Failed': props<{ clientId: string; problem: ProblemDocument }>(),
    'Fhir Bundle Saved': props<{ clientId: string }>(),
    'Fhir Bundle Failed': props<{ clientId: string; problem: ProblemDocument }>(),
  },
});
