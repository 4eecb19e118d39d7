import type { Kysely } from 'kysely';
import type { MeasureResponse, MeasureRevision } from '@domain/measures/measure';
import { snapshotRevisions } from '../audit/record-history';
import type { Database } from '../db/database';

/** Every revision of a measure, first first, with who recorded it and why. */
export async function measureRevisions(db: Kysely<Database>, measureId: string): Promise<MeasureRevision[]> {
  const revisions = await snapshotRevisions(db, 'measure_revisions', measureId);
  return revisions.map(({ snapshot, ...revision }) => ({ ...revision, measure: snapshot as MeasureResponse }));
}
