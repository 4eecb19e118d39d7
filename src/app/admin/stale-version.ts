import type { ProblemDocument } from '@domain/problem/problem-document';

/** A 409 that answers a write based on an old version: it carries the record as it is now. */
export function isStaleVersion(problem: ProblemDocument | null): boolean {
  return problem !== null && problem.status === 409 && typeof problem.current === 'object' && problem.current !== null;
}

/** The problem without the record it may carry, for keeping in the store. */
export function withoutCurrent(problem: ProblemDocument): ProblemDocument {
  const rest = { ...problem };
  delete rest.current;
  return rest;
}
