import { type RawBuilder, sql } from 'kysely';

/**
 * A set of vocabulary codes as one integer, bit i standing for codes[i]. SQL can then gather a
 * set from many rows with plain sum() or max(), the same on SQLite and PostgreSQL, where string
 * aggregation differs (group_concat against string_agg). Vocabularies here are short (under 31).
 */
export function codeBit<C extends string>(codes: readonly C[], code: C): number {
  const index = codes.indexOf(code);
  if (index < 0 || index > 30) {
    throw new Error(`No bit for code "${code}".`);
  }
  return 1 << index;
}

/** `case <column> when 'a' then 1 when 'b' then 2 … else 0 end`: summed over distinct codes, the set's bits. */
export function codeBitOf<C extends string>(column: string, codes: readonly C[]): RawBuilder<number> {
  const branches = codes.map((code) => sql`when ${sql.lit(code)} then ${sql.lit(codeBit(codes, code))}`);
  return sql<number>`case ${sql.ref(column)} ${sql.join(branches, sql` `)} else 0 end`;
}

/** The codes whose bits are set, in vocabulary order. PostgreSQL returns sums as strings (bigint). */
export function codesFromBits<C extends string>(bits: number | string | null | undefined, codes: readonly C[]): C[] {
  const value = Number(bits ?? 0);
  return codes.filter((code) => (value & codeBit(codes, code)) !== 0);
}
