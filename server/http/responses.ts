import * as z from '@domain/validation/z';

/**
 * Response schemas that are about HTTP, not the domain. Routes declare `response: { 204: noContent }`
 * and, for a file that is not JSON, `response: { 200: textFile('text/calendar') }`; every other answer
 * is a schema from `domain/` (see plugins/zod-responses.ts).
 */
export const noContent = z.null();

export function textFile(mediaType: string): { content: Record<string, { schema: z.ZodType }> } {
  return { content: { [mediaType]: { schema: z.string() } } };
}
