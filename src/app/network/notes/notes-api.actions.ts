import type { Page } from '@domain/common/page';
import type { SupportNote, SupportNoteRevision } from '@domain/notes/support-note';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { createActionGroup, props } from '@ngrx/store';
import type { NoteConflict } from './note-edit';

export const NotesApiActions = createActionGroup({
  source: 'Notes API',
  events: {
    'Notes Loaded': props<{ clientId: string; page: Page<SupportNote> }>(),
    'Notes Load Failed': props<{ clientId: string; problem: ProblemDocument }>(),
    'Note Created': props<{ note: SupportNote }>(),
    'Note Amended': props<{ note: SupportNote }>(),
    'Note Save Failed': props<{ problem: ProblemDocument }>(),
    'Note Save Conflicted': props<{ conflict: NoteConflict }>(),
    'History Loaded': props<{ noteId: string; items: readonly SupportNoteRevision[] }>(),
    'History Load Failed': props<{ noteId: string; problem: ProblemDocument }>(),
  },
});
