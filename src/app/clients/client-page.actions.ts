import { createActionGroup, props } from '@ngrx/store';

export const ClientPageActions = createActionGroup({
  source: 'Client Page',
  events: {
    Opened: props<{ id: string }>(),
    'Retry Clicked': props<{ id: string }>(),
    'History Retry Clicked': props<{ id: string }>(),
  },
});
