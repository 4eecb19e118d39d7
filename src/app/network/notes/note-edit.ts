import type { SupportNote } from '@domain/notes/support-note';
import type { AmendSupportNoteRequest } from '@domain/notes/support-note-requests';

/** An amendment without the version it is based on, so it can be re-applied after a conflict. */
export type NoteAmendment = Omit<AmendSupportNoteRequest, 'version'>;

/** An amendment that met a newer version of the note: the note as it is now, and the user's amendment. */
export interface NoteConflict {
  readonly current: SupportNote;
  readonly amendment: NoteAmendment;
}
