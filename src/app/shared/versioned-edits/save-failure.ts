import type { ProblemDocument } from '@domain/problem/problem-document';
import { problemOf } from '../../core/errors/problem-of';

/** Every record edited with optimistic concurrency carries the version the server last saved. */
export interface Versioned {
  readonly version: number;
}

/**
 * Why a versioned write failed. `current` is the record as it is now when the write was based on a
 * stale version (a 409 carrying it); null for any other failure, a 409 that carries no record
 * included (a duplicate case number, a clinic rule). `problem` never carries that record, so it can
 * be kept in the store as it is.
 */
export interface SaveFailure<T extends Versioned> {
  readonly problem: ProblemDocument;
  readonly current: T | null;
}

/** The record a stale-version 409 carries is recognised by its id and version; a slice may ask for more. */
export type RecordCheck = (current: Readonly<Record<string, unknown>>) => boolean;

export const isVersionedRecord: RecordCheck = (current) =>
  typeof current['id'] === 'string' && typeof current['version'] === 'number';

/**
 * The one reading of a failed versioned write, for every slice: a conflict (someone else saved
 * first, the user decides) or a plain failure.
 */
export function saveFailureOf<T extends Versioned>(error: unknown, isRecord: RecordCheck = isVersionedRecord): SaveFailure<T> {
  const { current, ...problem } = problemOf(error);
  const stale =
    problem.status === 409 &&
    typeof current === 'object' &&
    current !== null &&
    isRecord(current as Readonly<Record<string, unknown>>);
  return { problem, current: stale ? (current as T) : null };
}

/**
 * A 409 that names no field: someone else saved the record first. For the slices that keep a
 * failed save's problem rather than a SaveFailure (the admin pages, which then reload the record);
 * a 409 with field errors is a clinic rule (a duplicate email), not a stale version.
 */
export function isStaleVersion(problem: ProblemDocument | null | undefined): boolean {
  return problem?.status === 409 && !problem.errors?.length;
}
