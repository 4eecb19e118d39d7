import { HttpProblem } from '../http/http-problem';
import { assertVersionedUpdate, recordToEdit } from './versioned-edit';

const stored = { id: 'a', version: 3, secret: 'clinical' };

async function problemOf(action: () => Promise<unknown>): Promise<HttpProblem> {
  try {
    await action();
  } catch (error) {
    return error as HttpProblem;
  }
  throw new Error('expected a refusal');
}

describe('versioned edits', () => {
  it('returns the record the edit was based on', async () => {
    expect(await recordToEdit(async () => stored, 3)).toBe(stored);
  });

  it('answers 404 for a record that is gone or out of scope', async () => {
    expect((await problemOf(() => recordToEdit(async () => undefined, 3))).status).toBe(404);
  });

  it('answers 409 with what the user may see of the current record when the edit was based on another version', async () => {
    const problem = await problemOf(() => recordToEdit(async () => stored, 2, (record) => ({ id: record.id, version: record.version })));
    expect(problem.status).toBe(409);
    expect(problem.extensions).toEqual({ current: { id: 'a', version: 3 } });
  });

  it('accepts an update that touched its row, and answers 409 with the reloaded record when another write won', async () => {
    await expectAsync(assertVersionedUpdate({ numUpdatedRows: 1n }, async () => stored)).toBeResolved();
    const problem = await problemOf(() => assertVersionedUpdate({ numUpdatedRows: 0n }, async () => ({ ...stored, version: 4 })));
    expect(problem.status).toBe(409);
    expect(problem.extensions).toEqual({ current: { ...stored, version: 4 } });
  });
});
