import type { SelfReportRequest } from '@domain/self-report/self-report-request';
import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const SelfReportPanelActions = createActionGroup({
  source: 'Self-report Panel',
  events: {
    /** The Measures tab opened the panel: the requests load, and a therapist has now seen the client's answers. */
    Opened: props<{ clientId: string }>(),
    'Retry Clicked': emptyProps(),
    'Withdraw Clicked': props<{ request: SelfReportRequest }>(),
    'Send Again Clicked': props<{ request: SelfReportRequest }>(),
    /** A due repeat's link, or a new one for a lost link; `email`: also to the series' address. */
    'Create Link Clicked': props<{ request: SelfReportRequest; email: boolean }>(),
    'Notice Dismissed': emptyProps(),
  },
});
