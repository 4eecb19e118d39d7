import type { ProblemDocument } from '@domain/problem/problem-document';
import { fieldErrorsOf } from '@domain/validation/field-errors';
import type { output, ZodType } from 'zod';

/**
 * Checks a request against the domain schema the server checks it with, for forms kept in signals
 * rather than a FormGroup: the parsed request, or the problem the server would answer (so the form
 * shows it the same way, without a request the browser would log as a failed load).
 */
export function checkWithSchema<Schema extends ZodType>(schema: Schema, value: unknown): { request: output<Schema> } | { problem: ProblemDocument } {
  const result = schema.safeParse(value);
  return result.success
    ? { request: result.data }
    : { problem: { type: '/api/v1/problems/400', title: 'Invalid request', status: 400, detail: 'Some fields need attention.', errors: fieldErrorsOf(result.error) } };
}
