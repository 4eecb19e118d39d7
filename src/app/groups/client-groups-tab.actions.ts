import { createActionGroup, props } from '@ngrx/store';

export const ClientGroupsTabActions = createActionGroup({
  source: 'Client Groups Tab',
  events: {
    Opened: props<{ clientId: string }>(),
  },
});
