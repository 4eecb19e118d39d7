import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const MeasuresTabActions = createActionGroup({
  source: 'Measures Tab',
  events: {
    Opened: props<{ clientId: string }>(),
    'Retry Clicked': emptyProps(),
  },
});
