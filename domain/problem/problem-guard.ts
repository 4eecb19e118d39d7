import type { ProblemDocument } from './problem-document';

// Apart from the schema, so the SPA's error handling (on every page's first load) brings no zod.

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function isProblemDocument(value: unknown): value is ProblemDocument {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ProblemDocument).title === 'string' &&
    typeof (value as ProblemDocument).status === 'number'
  );
}
