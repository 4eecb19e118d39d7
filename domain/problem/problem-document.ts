import { fieldErrorSchema } from '../validation/field-errors';
import * as z from '../validation/z';

/**
 * RFC 9457 problem document: the one error shape of the CareCircle API, and the response schema
 * of every 4xx and 5xx answer (server/plugins/zod-responses.ts declares it for every route).
 */
export const problemDocumentSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  errors: z.array(fieldErrorSchema).readonly().optional(),
  /** On 409 for a stale version: the record as it is now (built by the same mapping as the route's answer). */
  current: z.unknown().optional(),
  /** On 410 for an unusable self-report link: the words the answering page shows. */
  message: z.string().optional(),
});
export type ProblemDocument = z.infer<typeof problemDocumentSchema>;
