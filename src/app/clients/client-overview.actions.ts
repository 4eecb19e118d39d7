import { createActionGroup, props } from '@ngrx/store';

/** The client page's first tab, which reads the record, network, measures and follow-ups in one request. */
export const ClientOverviewActions = createActionGroup({
  source: 'Client Overview',
  events: {
    Opened: props<{ clientId: string }>(),
  },
});
