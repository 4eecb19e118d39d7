import type { SupportNote } from '@domain/notes/support-note';
import type { CreateSupportNoteRequest } from '@domain/notes/support-note-requests';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { NoteAmendment } from './note-edit';

export const NoteDialogActions = createActionGroup({
  source: 'Note Dialog',
  events: {
    Opened: emptyProps(),
    'Create Submitted': props<{ clientId: string; request: CreateSupportNoteRequest }>(),
    /** Based on `version`; after a conflict, re-applied on the current version. */
    'Amend Submitted': props<{
      clientId: string;
      noteId: string;
      amendment: NoteAmendment;
      version: number;
    }>(),
    'Conflict Discarded': props<{ current: SupportNote }>(),
  },
});
