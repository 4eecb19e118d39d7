import type { Kysely } from 'kysely';
import type { InstrumentCode } from '@domain/measures/instrument';
import type { MeasureResponse } from '@domain/measures/measure';
import type { Database } from '../db/database';
import { toMeasure } from './measure-mapping';

export async function loadMeasure(db: Kysely<Database>, clientId: string, measureId: string): Promise<MeasureResponse | undefined> {
  const row = await db.selectFrom('measures').selectAll().where('client_id', '=', clientId).where('id', '=', measureId).executeTakeFirst();
  return row && toMeasure(row);
}

/** Every measure of the client (or of one instrument), oldest first. */
export async function measuresOfClient(db: Kysely<Database>, clientId: string, instrument: InstrumentCode | 'all'): Promise<MeasureResponse[]> {
  let query = db.selectFrom('measures').selectAll().where('client_id', '=', clientId);
  if (instrument !== 'all') {
    query = query.where('instrument', '=', instrument);
  }
  return (await query.orderBy('administered_on').orderBy('id').execute()).map(toMeasure);
}
