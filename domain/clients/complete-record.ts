import * as z from '../validation/z';
import { MEASURE_FLAG_CODES } from '../measures/measure-flags';
import { measureResponseSchema } from '../measures/measure';
import { networkMemberRevisionSchema, networkMemberSchema } from '../network/network-member';
import { supportNoteRevisionSchema, supportNoteSchema } from '../notes/support-note';
import { familySessionSchema } from '../sessions/family-session';
import { clientSchema } from './client';

/** A support note with every version of its text (the original first), so amendments show what changed. */
export const noteWithRevisionsSchema = z.object({
  note: supportNoteSchema,
  revisions: z.array(supportNoteRevisionSchema).readonly(),
});
export type NoteWithRevisions = z.infer<typeof noteWithRevisionsSchema>;

/**
 * Everything CareCircle holds about one client (the "right of access" copy): the record, the
 * network today and every recorded version of it, notes with their amendments, family sessions
 * (clinical-only fields included: clinicians read it and the page marks them) and measures.
 */
export const clientRecordSchema = z.object({
  client: clientSchema,
  /** Every member ever recorded, today's facts; `memberRevisions` holds each member's history. */
  members: z.array(networkMemberSchema).readonly(),
  memberRevisions: z.array(networkMemberRevisionSchema).readonly(),
  notes: z.array(noteWithRevisionsSchema).readonly(),
  /** Latest first. */
  sessions: z.array(familySessionSchema).readonly(),
  /** Oldest first. */
  measures: z.array(measureResponseSchema).readonly(),
  /** The client's flags as of today, most severe first. */
  flags: z.array(z.enum(MEASURE_FLAG_CODES)).readonly(),
});
export type ClientRecord = z.infer<typeof clientRecordSchema>;

/** The complete record as printed: who printed it and when (the print is audited). */
export const completeRecordPrintoutSchema = clientRecordSchema.extend({
  printedAt: z.string(),
  printedBy: z.string(),
});
export type CompleteRecordPrintout = z.infer<typeof completeRecordPrintoutSchema>;

/**
 * The FHIR R4 Bundle as an answer: its envelope declared, each resource passed through whole. The
 * resources are built field by field by the typed mappers in server/fhir/ (never spread from rows),
 * and a spec validates every one against the official R4 JSON schema.
 */
export const fhirBundleSchema = z.looseObject({
  resourceType: z.literal('Bundle'),
  type: z.literal('collection'),
  entry: z
    .array(
      z.looseObject({ fullUrl: z.string(), resource: z.looseObject({ resourceType: z.string() }) }),
    )
    .optional(),
});

/** `GET /clients/:clientId/fhir?copy=…`: the clinician copy (default) or the family copy, as printouts are. */
export const fhirExportQuerySchema = z.strictObject({
  copy: z
    .enum(['clinician', 'family'], { error: 'Choose the clinician copy or the family copy.' })
    .default('clinician'),
});
export type FhirExportQuery = z.infer<typeof fhirExportQuerySchema>;

/** `POST /clients/:clientId/record-printouts`: nothing to choose; the post records the print. */
export const recordPrintoutRequestSchema = z.strictObject({});
export type RecordPrintoutRequest = z.infer<typeof recordPrintoutRequestSchema>;
