import { INSTRUMENT_CODES } from '../measures/instrument';
import * as z from '../validation/z';
import { FEEDBACK_QUESTION_FIELDS } from './feedback-questions';

/** One instrument as the answering page shows it: the instrument's own words, nothing about the client. */
export const publicInstrumentSchema = z.object({
  code: z.enum(INSTRUMENT_CODES),
  title: z.string(),
  instructions: z.string(),
  items: z.array(z.object({ text: z.string() })).readonly(),
  options: z.array(z.object({ value: z.number(), label: z.string() })).readonly(),
});
export type PublicInstrument = z.infer<typeof publicInstrumentSchema>;

/**
 * All the answering page receives for a link. Nothing else about anyone: the client's preferred first
 * name only when the client is the one answering (measures).
 */
export const publicFormSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('measures'),
    clinicName: z.string(),
    firstName: z.string().nullable(),
    instruments: z.array(publicInstrumentSchema).readonly(),
  }),
  z.object({
    kind: z.literal('session-feedback'),
    clinicName: z.string(),
    firstName: z.null(),
    /** YYYY-MM-DD of the session asked about. */
    sessionDate: z.string(),
    questions: z.array(z.object({ field: z.enum(FEEDBACK_QUESTION_FIELDS), text: z.string() })).readonly(),
  }),
]);
export type PublicForm = z.infer<typeof publicFormSchema>;

/** Answer of submitting a link's answers: nothing but that they were stored. */
export const publicReceiptSchema = z.object({ ok: z.literal(true) });
export type PublicReceipt = z.infer<typeof publicReceiptSchema>;
