import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { PrintRequest } from './printout.feature';

export const PrintPageActions = createActionGroup({
  source: 'Print Page',
  events: {
    /** Each opening asks the server again: every view of a printout is audited. */
    Opened: props<{ request: PrintRequest }>(),
    'Retry Clicked': emptyProps(),
    /** The page is left: the clinical text does not stay in memory. */
    Closed: emptyProps(),
  },
});
