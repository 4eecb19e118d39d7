import type { Kysely } from 'kysely';
import type { InstrumentCode } from '@domain/measures/instrument';
import type { MeasureResponse } from '@domain/measures/measure';
import type { MeasureIndicators } from '@domain/measures/measure-flags';
import type { Database } from '../db/database';
import { type ClientForIndicators, clientsWithRiskNoted, indicatorsFromStatus, measureStatusOf } from './measure-status';
import { measuresOfClient } from './measures.repository';

/** A client's measures, oldest first, with today's indicators and flags. */
export async function measureListOf(
  db: Kysely<Database>,
  client: ClientForIndicators,
  instrument: InstrumentCode | 'all',
  asOf: { readonly today: string; readonly reassessmentDays: number },
): Promise<{ items: MeasureResponse[]; indicators: MeasureIndicators }> {
  const [items, status, riskNoted] = await Promise.all([
    measuresOfClient(db, client.id, instrument),
    measureStatusOf(db, [client.id]),
    clientsWithRiskNoted(db, [client.id]),
  ]);
  return { items, indicators: indicatorsFromStatus(status.get(client.id), client, asOf, riskNoted.has(client.id)) };
}
