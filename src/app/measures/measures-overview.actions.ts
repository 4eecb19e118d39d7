import { createActionGroup, emptyProps, props } from '@ngrx/store';

/** The measures summary on the client Overview. */
export const MeasuresOverviewActions = createActionGroup({
  source: 'Measures Overview',
  events: {
    Opened: props<{ clientId: string }>(),
    'Retry Clicked': emptyProps(),
  },
});
