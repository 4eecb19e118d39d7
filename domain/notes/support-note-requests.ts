import { isoDateSchema } from '../common/iso-date-schema';
import { todayIsoDate } from '../common/iso-date';
import { pagingSchema } from '../common/paging-schema';
import { uuidSchema } from '../common/uuid';
import { versionSchema } from '../common/versioned';
import { requiredText, TEXT_LIMITS } from '../validation/text-limits';
import * as z from '../validation/z';

export const NOTE_MAX_LENGTH = 5_000;

const memberIdsSchema = z
  .array(uuidSchema)
  .max(40, { error: 'Tag at most 40 members.' })
  .refine((ids) => new Set(ids).size === ids.length, { error: 'Each member once.' })
  .default([]);

export const createSupportNoteRequestSchema = z.strictObject({
  noteDate: isoDateSchema.refine((value) => value <= todayIsoDate(), { error: 'Cannot be in the future.' }),
  text: requiredText(NOTE_MAX_LENGTH),
  memberIds: memberIdsSchema,
});
export type CreateSupportNoteRequest = z.infer<typeof createSupportNoteRequestSchema>;

export const amendSupportNoteRequestSchema = z.strictObject({
  text: requiredText(NOTE_MAX_LENGTH),
  memberIds: memberIdsSchema,
  reason: requiredText(TEXT_LIMITS.shortText),
  version: versionSchema,
});
export type AmendSupportNoteRequest = z.infer<typeof amendSupportNoteRequestSchema>;

export const supportNotesQuerySchema = z.strictObject({ ...pagingSchema });
export type SupportNotesQuery = z.infer<typeof supportNotesQuerySchema>;

export const clientNoteParamsSchema = z.strictObject({ clientId: uuidSchema, noteId: uuidSchema });
