import { createActionGroup, props } from '@ngrx/store';

/** The network summary shown on the client Overview. */
export const NetworkSummaryPanelActions = createActionGroup({
  source: 'Network Summary Panel',
  events: {
    Opened: props<{ clientId: string }>(),
  },
});
