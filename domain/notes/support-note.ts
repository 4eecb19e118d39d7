import * as z from '../validation/z';

/** A dated note on what changed in a client's support situation. Amended, never silently changed. */
export const supportNoteSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  noteDate: z.string(),
  text: z.string(),
  memberIds: z.array(z.string()).readonly(),
  authorId: z.string(),
  authorName: z.string(),
  createdAt: z.string(),
  amended: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type SupportNote = z.infer<typeof supportNoteSchema>;

/** One version of a note's text: the original is version 1; each amendment adds one. */
export const supportNoteRevisionSchema = z.object({
  version: z.number().int(),
  text: z.string(),
  memberIds: z.array(z.string()).readonly(),
  recordedAt: z.string(),
  recordedBy: z.string(),
  recordedByName: z.string(),
  reason: z.string().nullable(),
});
export type SupportNoteRevision = z.infer<typeof supportNoteRevisionSchema>;
