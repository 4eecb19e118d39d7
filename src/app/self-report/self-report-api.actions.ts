import type { ProblemDocument } from '@domain/problem/problem-document';
import type { SelfReportRequest } from '@domain/self-report/self-report-request';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { IssuedRequest } from './self-report-api';

export const SelfReportApiActions = createActionGroup({
  source: 'Self-report API',
  events: {
    'Requests Loaded': props<{ clientId: string; items: readonly SelfReportRequest[] }>(),
    'Requests Load Failed': props<{ clientId: string; problem: ProblemDocument }>(),
    'Request Sent': props<{ issued: IssuedRequest }>(),
    'Send Failed': props<{ problem: ProblemDocument }>(),
    'Request Withdrawn': props<{ request: SelfReportRequest }>(),
    'Request Resent': props<{ previousId: string; issued: IssuedRequest }>(),
    'Link Created': props<{ issued: IssuedRequest }>(),
    /** Someone changed the request first (409): nothing changed, the list reloads. */
    'Request Change Conflicted': props<{ requestId: string }>(),
    'Request Change Failed': props<{ requestId: string; problem: ProblemDocument }>(),
    'Seen Marked': emptyProps(),
  },
});
