import type { FieldError } from '../validation/field-errors';

/** RFC 9457 problem document: the one error shape of the CareCircle API. */
export interface ProblemDocument {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly errors?: readonly FieldError[];
  /** On 409 for a stale version: the record as it is now. */
  readonly current?: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function isProblemDocument(value: unknown): value is ProblemDocument {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ProblemDocument).title === 'string' &&
    typeof (value as ProblemDocument).status === 'number'
  );
}
