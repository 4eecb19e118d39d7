import type { SendSelfReportRequest } from '@domain/self-report/self-report-requests';
import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const SendDialogActions = createActionGroup({
  source: 'Self-report Send Dialog',
  events: {
    Opened: emptyProps(),
    Submitted: props<{ clientId: string; request: SendSelfReportRequest }>(),
  },
});

export const LinkDialogActions = createActionGroup({
  source: 'Self-report Link Dialog',
  events: {
    /** The link leaves memory with the dialog: it is shown once. */
    Closed: emptyProps(),
  },
});
