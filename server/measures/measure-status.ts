import type { Insertable, Kysely, Selectable } from 'kysely';
import type { InstrumentCode } from '@domain/measures/instrument';
import { type FlagContext, type MeasureIndicators, type MeasurePoint, type ScoreFlag, scoreIndicators, withReassessment } from '@domain/measures/measure-flags';
import type { ClientMeasureStatusTable, Database } from '../db/database';
import { whereRiskUnreviewed } from './flag-sql';

/**
 * A client's stored measure status from all its measures. Date-independent flags are stored;
 * "reassessment overdue" depends on today and is added when read (indicatorsFromStatus).
 */
export function measureStatusRow(clientId: string, points: readonly MeasurePoint[]): Insertable<ClientMeasureStatusTable> {
  const indicators = scoreIndicators(points);
  const flag = (code: ScoreFlag) => (indicators.flags.includes(code) ? 1 : 0);
  return {
    client_id: clientId,
    last_measured_on: indicators.lastMeasuredOn,
    isolation_risk: flag('isolation-risk'),
    low_perceived_support: flag('low-perceived-support'),
    loneliness: flag('loneliness'),
    decline: flag('decline'),
    mspss_band: indicators.latest.mspss?.band ?? null,
    latest: JSON.stringify(indicators.latest),
  };
}

/** Rewrites a client's stored measure status inside the measure write's transaction. */
export async function refreshMeasureStatus(trx: Kysely<Database>, clientId: string): Promise<void> {
  const points = await trx
    .selectFrom('measures')
    .select(['instrument', 'administered_on', 'total', 'band'])
    .where('client_id', '=', clientId)
    .execute();
  const { client_id, ...row } = measureStatusRow(
    clientId,
    points.map((point) => ({ instrument: point.instrument as InstrumentCode, administeredOn: point.administered_on, total: Number(point.total), band: point.band })),
  );
  await trx
    .insertInto('client_measure_status')
    .values({ client_id, ...row })
    .onConflict((conflict) => conflict.column('client_id').doUpdateSet(row))
    .execute();
}

export interface ClientForIndicators {
  readonly id: string;
  readonly status: string;
  readonly treatment_start: string;
}

/** A stored status row without its key, as the caseload reads it joined to its client. */
export type StoredMeasureStatus = Omit<Selectable<ClientMeasureStatusTable>, 'client_id'>;

/** Indicators as of today from a stored status row (or none: a client never measured). */
export function indicatorsFromStatus(
  status: StoredMeasureStatus | undefined,
  client: ClientForIndicators,
  asOf: Pick<FlagContext, 'today' | 'reassessmentDays'>,
  riskNoted: boolean,
): MeasureIndicators {
  const stored: MeasureIndicators = status
    ? {
        latest: JSON.parse(status.latest) as MeasureIndicators['latest'],
        lastMeasuredOn: status.last_measured_on,
        flags: [
          ...(status.isolation_risk ? (['isolation-risk'] as const) : []),
          ...(status.low_perceived_support ? (['low-perceived-support'] as const) : []),
          ...(status.loneliness ? (['loneliness'] as const) : []),
          ...(status.decline ? (['decline'] as const) : []),
        ],
      }
    : { latest: {}, lastMeasuredOn: null, flags: [] };
  return withReassessment(stored, {
    today: asOf.today,
    treatmentStart: client.treatment_start,
    active: client.status === 'active',
    reassessmentDays: asOf.reassessmentDays,
    riskNoted,
  });
}

/** Stored statuses of several clients at once (one query per caseload page). */
export async function measureStatusOf(db: Kysely<Database>, clientIds: readonly string[]): Promise<Map<string, Selectable<ClientMeasureStatusTable>>> {
  if (clientIds.length === 0) {
    return new Map();
  }
  const rows = await db.selectFrom('client_measure_status').selectAll().where('client_id', 'in', [...clientIds]).execute();
  return new Map(rows.map((row) => [row.client_id, row]));
}

/** Of the given clients, those with risk concerns in a session not yet reviewed (raisesRiskFlag in SQL). */
export async function clientsWithRiskNoted(db: Kysely<Database>, clientIds: readonly string[]): Promise<Set<string>> {
  if (clientIds.length === 0) {
    return new Set();
  }
  const rows = await whereRiskUnreviewed(db.selectFrom('family_sessions').select('family_sessions.client_id').distinct().where('family_sessions.client_id', 'in', [...clientIds])).execute();
  return new Set(rows.map((row) => row.client_id));
}
