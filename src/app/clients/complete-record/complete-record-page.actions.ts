import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const CompleteRecordPageActions = createActionGroup({
  source: 'Complete Record Page',
  events: {
    /** Each opening asks the server again: every view of the record is audited as a print. */
    Opened: props<{ clientId: string }>(),
    'Retry Clicked': emptyProps(),
    'Download Fhir Clicked': emptyProps(),
    /** The page is left: the record does not stay in memory. */
    Closed: emptyProps(),
  },
});
