import { createActionGroup, props } from '@ngrx/store';

export const NoteHistoryDialogActions = createActionGroup({
  source: 'Note History Dialog',
  events: {
    Opened: props<{ clientId: string; noteId: string }>(),
    'Retry Clicked': props<{ clientId: string; noteId: string }>(),
  },
});
