import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const NotesTabActions = createActionGroup({
  source: 'Notes Tab',
  events: {
    Opened: props<{ clientId: string }>(),
    'Retry Clicked': emptyProps(),
    'Load More Clicked': emptyProps(),
  },
});
