import { HttpProblem } from '../http/http-problem';

/** The codes each driver gives a broken unique key: PostgreSQL's SQLSTATE, better-sqlite3's extended code. */
const UNIQUE_VIOLATION_CODES = new Set(['23505', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);

/** Whether a database error is a unique-key violation, on either engine. */
export function isUniqueViolation(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && UNIQUE_VIOLATION_CODES.has(code);
}

/**
 * Runs a write whose uniqueness was checked beforehand and answers `conflict` if a concurrent write
 * won the race in between: PostgreSQL lets both checks pass and fails the second insert on the
 * index, which must be the same 409 as the check gives (SQLite serialises writers, so the check sees it).
 */
export async function conflictOnUniqueViolation<T>(write: () => Promise<T>, conflict: () => HttpProblem): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict();
    }
    throw error;
  }
}
