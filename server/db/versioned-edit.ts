import { HttpProblem } from '../http/http-problem';

/** Turns a stored record into what a 409 may show of it (e.g. assignment facts only, for admins). */
type Shown<R> = (record: R) => unknown;

/**
 * The record an edit is based on, read inside the edit's transaction: 404 when it is gone (or out
 * of scope), 409 with the record as it is now when the edit was made on another version.
 */
export async function recordToEdit<R extends { readonly version: number }>(
  load: () => Promise<R | undefined>,
  basedOn: number,
  shown: Shown<R> = (record) => record,
): Promise<R> {
  const record = await load();
  if (!record) {
    throw HttpProblem.notFound();
  }
  if (record.version !== basedOn) {
    throw HttpProblem.staleVersion(shown(record));
  }
  return record;
}

/**
 * Checks an `update … where version = basedOn`: no row updated means another transaction won
 * between this edit's read and its write, so 409 with the record as it is now. Nothing is
 * overwritten either way.
 */
export async function assertVersionedUpdate<R>(
  result: { readonly numUpdatedRows: bigint },
  reload: () => Promise<R | undefined>,
  shown: Shown<R> = (record) => record,
): Promise<void> {
  if (Number(result.numUpdatedRows) !== 1) {
    const current = await reload();
    throw HttpProblem.staleVersion(current === undefined ? undefined : shown(current));
  }
}
