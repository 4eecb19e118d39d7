import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Database } from './database';
import { TABLES_IN_DEPENDENCY_ORDER } from './table-order';

export interface TableFingerprint {
  readonly table: string;
  readonly rows: number;
  readonly checksum: string;
}

const BATCH = 500;

/**
 * Reads a table in a stable order, a batch at a time, without loading it whole. `supervisor_id_is_set`
 * is a computed sort key that puts parents before the rows that reference them.
 */
async function* rowsOf(db: Kysely<Database>, table: (typeof TABLES_IN_DEPENDENCY_ORDER)[number]) {
  for (let offset = 0; ; offset += BATCH) {
    const order = table.orderBy.map((column) =>
      column === 'supervisor_id_is_set' ? sql`case when supervisor_id is null then 0 else 1 end` : sql.ref(column),
    );
    const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(table.name)} order by ${sql.join(order)} limit ${BATCH} offset ${offset}`.execute(db)).rows;
    if (rows.length === 0) {
      return;
    }
    yield rows;
  }
}

/** Same text for the same row on either engine: keys sorted, numbers as numbers, null as null. */
function canonicalRow(row: Record<string, unknown>): string {
  const keys = Object.keys(row).sort();
  return JSON.stringify(keys.map((key) => [key, typeof row[key] === 'bigint' ? Number(row[key]) : row[key]]));
}

/** Row count and SHA-256 over every row in order, per table. */
export async function fingerprint(db: Kysely<Database>): Promise<TableFingerprint[]> {
  const result: TableFingerprint[] = [];
  for (const table of TABLES_IN_DEPENDENCY_ORDER) {
    const hash = createHash('sha256');
    let rows = 0;
    for await (const batch of rowsOf(db, table)) {
      for (const row of batch) {
        hash.update(canonicalRow(row)).update('\n');
        rows++;
      }
    }
    result.push({ table: table.name, rows, checksum: hash.digest('hex') });
  }
  return result;
}

/**
 * Copies every table of a clinic into an empty, migrated database (SQLite ↔ PostgreSQL), in one
 * transaction on the target, then compares row counts and checksums on both sides.
 */
export async function copyDatabase(source: Kysely<Database>, target: Kysely<Database>): Promise<TableFingerprint[]> {
  for (const table of TABLES_IN_DEPENDENCY_ORDER) {
    const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table.name)}`.execute(target);
    if (Number(rows[0].n) > 0) {
      throw new Error(`The target database is not empty (table ${table.name} has rows). Copy only into an empty database.`);
    }
  }
  await target.transaction().execute(async (trx) => {
    for (const table of TABLES_IN_DEPENDENCY_ORDER) {
      for await (const batch of rowsOf(source, table)) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows come from the same schema on the other engine
        await trx.insertInto(table.name).values(batch as any).execute();
      }
    }
  });
  const [before, after] = await Promise.all([fingerprint(source), fingerprint(target)]);
  const mismatches = before.filter((table, index) => table.rows !== after[index].rows || table.checksum !== after[index].checksum);
  if (mismatches.length > 0) {
    throw new Error(`Copy verification failed for: ${mismatches.map((table) => table.table).join(', ')}`);
  }
  return after;
}
