import type { MeasureResponse } from '@domain/measures/measure';
import type { RecordMeasureRequest } from '@domain/measures/measure-requests';
import { createActionGroup, props } from '@ngrx/store';
import type { MeasureAmendment } from './measure-edit';

/** The page that records a new measure or amends a saved one. */
export const MeasureFormActions = createActionGroup({
  source: 'Measure Form',
  events: {
    'Record Opened': props<{ clientId: string }>(),
    /** Loads the client's measures afresh, so the amendment starts from the current version. */
    'Amend Opened': props<{ clientId: string; measureId: string }>(),
    'Record Submitted': props<{ clientId: string; request: RecordMeasureRequest }>(),
    /** Based on `version`; after a conflict, re-applied on the current version. */
    'Amend Submitted': props<{
      clientId: string;
      measureId: string;
      amendment: MeasureAmendment;
      version: number;
    }>(),
    'Conflict Discarded': props<{ current: MeasureResponse }>(),
  },
});
