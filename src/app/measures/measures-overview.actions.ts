import { createActionGroup, emptyProps } from '@ngrx/store';

/** The measures summary on the client Overview. */
export const MeasuresOverviewActions = createActionGroup({
  source: 'Measures Overview',
  events: {
    'Retry Clicked': emptyProps(),
  },
});
