import { createActionGroup, props } from '@ngrx/store';

export const NetworkCompareActions = createActionGroup({
  source: 'Network Compare',
  events: {
    /** The two dates to compare; null is the default (treatment start, today). */
    'Dates Changed': props<{ earlier: string | null; later: string | null }>(),
  },
});
