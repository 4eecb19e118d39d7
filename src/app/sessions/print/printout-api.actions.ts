import type { ProblemDocument } from '@domain/problem/problem-document';
import type { SessionPrintout } from '@domain/sessions/session-views';
import { createActionGroup, props } from '@ngrx/store';
import type { PrintRequest } from './printout.feature';

export const PrintoutApiActions = createActionGroup({
  source: 'Printout API',
  events: {
    'Printout Loaded': props<{ request: PrintRequest; printout: SessionPrintout }>(),
    'Printout Load Failed': props<{ request: PrintRequest; problem: ProblemDocument }>(),
  },
});
