import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';
import type { Database } from './database';

/**
 * A query Kysely builds and compiles once per database, then runs with each call's values. Kysely
 * otherwise rebuilds the operation tree and recompiles the SQL on every call, which costs a hot,
 * tiny query (the session behind every signed-in request, the audit event of every read) about as
 * much as running it. `build` receives placeholders in place of the values and must use each one
 * as a value, never to choose the query's shape; values it writes in itself stay as compiled.
 * Cached per database handle: a transaction compiles its own (it is a different handle). No
 * Kysely plugin may transform these queries (none is installed: connect.ts).
 */
export function compiledOnce<Values extends readonly unknown[], Row>(
  build: (db: Kysely<Database>, ...values: Values) => Compilable<Row>,
): (db: Kysely<Database>, ...values: Values) => Promise<QueryResult<Row>> {
  const compiled = new WeakMap<Kysely<Database>, { query: CompiledQuery<Row>; slots: (number | null)[] }>();
  return async (db, ...values) => {
    let entry = compiled.get(db);
    if (entry === undefined) {
      const placeholders = values.map((_, index) => `\u0000compiled-once-${index}\u0000`) as unknown as Values;
      const query = build(db, ...placeholders).compile();
      // For each compiled parameter: which call value it is, or null for one the query writes in itself.
      const slots = query.parameters.map((parameter) => {
        const index = placeholders.indexOf(parameter as never);
        return index === -1 ? null : index;
      });
      const unused = placeholders.findIndex((_, index) => !slots.includes(index));
      if (unused !== -1) {
        throw new Error(`compiledOnce: value ${unused} is not a parameter of the compiled query.`);
      }
      entry = { query, slots };
      compiled.set(db, entry);
    }
    const { query, slots } = entry;
    const parameters = slots.map((slot, position) => (slot === null ? query.parameters[position] : values[slot]));
    return db.executeQuery<Row>({ ...query, parameters });
  };
}
