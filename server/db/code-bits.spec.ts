import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../spec/helpers/test-database';
import { codeBit, codeBitOf, codesFromBits } from './code-bits';

const COLOURS = ['red', 'green', 'blue', 'violet'] as const;

describe('code bits', () => {
  it('gives each code its own bit in vocabulary order and reads them back', () => {
    expect(COLOURS.map((colour) => codeBit(COLOURS, colour))).toEqual([1, 2, 4, 8]);
    expect(codesFromBits(0b1010, COLOURS)).toEqual(['green', 'violet']);
    expect(codesFromBits('5', COLOURS)).toEqual(['red', 'blue']);
    expect(codesFromBits(null, COLOURS)).toEqual([]);
  });

  it('refuses a code outside the vocabulary', () => {
    expect(() => codeBit(COLOURS as readonly string[], 'pink')).toThrowError(/pink/);
  });

  describe('in SQL', () => {
    let database: TestDatabase;

    beforeAll(async () => {
      database = await createTestDatabase();
    });

    afterAll(() => database.dispose());

    it('sums a set of codes from many rows into its bits, on this engine', async () => {
      const { rows } = await sql<{ bits: number | string }>`
        select sum(${codeBitOf('colour', COLOURS)}) as bits
        from (select 'blue' as colour union all select 'red' union all select 'unknown') as picked`.execute(database.db);
      expect(codesFromBits(rows[0].bits, COLOURS)).toEqual(['red', 'blue']);
    });
  });
});
