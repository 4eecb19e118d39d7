import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { AgendaRange, AgendaWindow } from './agenda-window';

export const AgendaPageActions = createActionGroup({
  source: 'Agenda Page',
  events: {
    /** The window is today's, for the period chosen last time. */
    Opened: props<{ window: AgendaWindow }>(),
    'Range Changed': props<{ range: AgendaRange; window: AgendaWindow }>(),
    /** The list, week or day view (or its date) changed in the URL: its days are loaded. */
    'View Changed': props<{ window: AgendaWindow }>(),
    'Retry Clicked': emptyProps(),
    'Page Changed': props<{ pageIndex: number }>(),
  },
});
