import type { Kysely } from 'kysely';
import type { MeasureResponse, MeasureRevision } from '@domain/measures/measure';
import type { Database } from '../db/database';

/** Every revision of a measure, first first, with who recorded it and why. */
export async function measureRevisions(db: Kysely<Database>, measureId: string): Promise<MeasureRevision[]> {
  const rows = await db
    .selectFrom('measure_revisions')
    .innerJoin('users', 'users.id', 'measure_revisions.recorded_by')
    .select(['measure_revisions.version', 'measure_revisions.recorded_at', 'measure_revisions.reason', 'measure_revisions.snapshot', 'users.name as recorded_by_name'])
    .where('measure_revisions.measure_id', '=', measureId)
    .orderBy('measure_revisions.version')
    .execute();
  return rows.map((row) => ({
    version: row.version,
    recordedAt: row.recorded_at,
    recordedByName: row.recorded_by_name,
    reason: row.reason,
    measure: JSON.parse(row.snapshot) as MeasureResponse,
  }));
}
