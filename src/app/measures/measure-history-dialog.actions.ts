import { createActionGroup, props } from '@ngrx/store';

export const MeasureHistoryDialogActions = createActionGroup({
  source: 'Measure History Dialog',
  events: {
    Opened: props<{ clientId: string; measureId: string }>(),
    'Retry Clicked': props<{ clientId: string; measureId: string }>(),
  },
});
