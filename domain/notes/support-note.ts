/** A dated note on what changed in a client's support situation. Amended, never silently changed. */
export interface SupportNote {
  readonly id: string;
  readonly clientId: string;
  readonly noteDate: string;
  readonly text: string;
  readonly memberIds: readonly string[];
  readonly authorId: string;
  readonly authorName: string;
  readonly createdAt: string;
  readonly amended: boolean;
  readonly version: number;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

/** One version of a note's text: the original is version 1; each amendment adds one. */
export interface SupportNoteRevision {
  readonly version: number;
  readonly text: string;
  readonly memberIds: readonly string[];
  readonly recordedAt: string;
  readonly recordedBy: string;
  readonly recordedByName: string;
  readonly reason: string | null;
}
