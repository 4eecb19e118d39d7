import * as z from '../validation/z';
import { familyCopySchema, familySessionSchema, followUpSchema } from './family-session';

/** One revision of a completed session: the session as saved, who saved it and why. */
export const sessionRevisionSchema = z.object({
  version: z.number().int(),
  recordedAt: z.string(),
  recordedByName: z.string(),
  reason: z.string().nullable(),
  session: familySessionSchema,
});
export type SessionRevision = z.infer<typeof sessionRevisionSchema>;

const printoutHeader = {
  client: z.object({ preferredName: z.string(), caseNumber: z.string() }),
  clinicianName: z.string(),
  printedAt: z.string(),
};

/**
 * What a print view renders: the chosen copy plus the header facts for paper. The family copy's
 * schema has no clinical-only field, so none can leave the server on a family printout.
 */
export const sessionPrintoutSchema = z.discriminatedUnion('copy', [
  z.object({ copy: z.literal('clinician'), session: familySessionSchema, ...printoutHeader }),
  z.object({ copy: z.literal('family'), session: familyCopySchema, ...printoutHeader }),
]);
export type SessionPrintout = z.infer<typeof sessionPrintoutSchema>;

/** One row of the therapist's agenda across clients. */
export const agendaEntrySchema = z.object({
  session: familySessionSchema,
  client: z.object({ id: z.string(), preferredName: z.string(), caseNumber: z.string() }),
});
export type AgendaEntry = z.infer<typeof agendaEntrySchema>;

/** An open follow-up on the client Overview, with the session it came from. */
export const openFollowUpSchema = followUpSchema.extend({
  sessionId: z.string(),
  sessionStartsAt: z.string(),
});
export type OpenFollowUp = z.infer<typeof openFollowUpSchema>;
