import type { ProblemDocument } from '@domain/problem/problem-document';
import type { AgendaEntry } from '@domain/sessions/session-views';
import { createActionGroup, props } from '@ngrx/store';
import type { AgendaWindow } from './agenda-window';

export const AgendaApiActions = createActionGroup({
  source: 'Agenda API',
  events: {
    'Agenda Loaded': props<{ window: AgendaWindow; items: readonly AgendaEntry[] }>(),
    'Agenda Load Failed': props<{ window: AgendaWindow; problem: ProblemDocument }>(),
  },
});
