import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const NetworkTabActions = createActionGroup({
  source: 'Network Tab',
  events: {
    Opened: props<{ clientId: string }>(),
    'Retry Clicked': emptyProps(),
    /** A past date shows the network as it stood then (read-only); null is today. */
    'As Of Changed': props<{ asOf: string | null }>(),
    'Compare Toggled': props<{ compare: boolean }>(),
    'Reactivate Clicked': props<{ clientId: string; memberId: string; version: number }>(),
  },
});
