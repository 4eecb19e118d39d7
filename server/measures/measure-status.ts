import type { Insertable, Kysely, Selectable } from 'kysely';
import type { InstrumentCode } from '@domain/measures/instrument';
import { type FlagContext, type MeasureIndicators, type MeasurePoint, type ScoreFlag, scoreIndicators, withReassessment } from '@domain/measures/measure-flags';
import type { ClientMeasureStatusTable, Database, MeasuresTable } from '../db/database';
import { sameNorms, sameThresholds, type ClinicNorms } from '@domain/measures/reliable-change';
import { loadClinicNorms, loadRecordedNorms, saveNorms } from './change-norms';
import { whereRiskUnreviewed } from './flag-sql';

/**
 * A client's stored measure status from all its measures. Date-independent flags are stored;
 * "reassessment overdue" depends on today and is added when read (indicatorsFromStatus).
 */
export function measureStatusRow(clientId: string, points: readonly MeasurePoint[], norms: ClinicNorms): Insertable<ClientMeasureStatusTable> {
  const indicators = scoreIndicators(points, norms);
  const flag = (code: ScoreFlag) => (indicators.flags.includes(code) ? 1 : 0);
  return {
    client_id: clientId,
    last_measured_on: indicators.lastMeasuredOn,
    isolation_risk: flag('isolation-risk'),
    low_perceived_support: flag('low-perceived-support'),
    loneliness: flag('loneliness'),
    decline: flag('decline'),
    decline_since_first: flag('decline-since-first'),
    mspss_band: indicators.latest.mspss?.band ?? null,
    latest: JSON.stringify(indicators.latest),
  };
}

/** What the flag rules read of a stored measure row (its subscales are kept as JSON). */
export function measurePointOf(row: Pick<Selectable<MeasuresTable>, 'instrument' | 'administered_on' | 'total' | 'subscales' | 'band'>): MeasurePoint {
  return {
    instrument: row.instrument as InstrumentCode,
    administeredOn: row.administered_on,
    total: Number(row.total),
    subscales: JSON.parse(row.subscales) as Record<string, number>,
    band: row.band,
  };
}

/**
 * Rewrites a client's stored measure status inside the measure write's transaction. When the write
 * moved the clinic's reliable-change thresholds (e.g. its 30th client's first measure), every
 * client's status is rewritten, so stored flags always follow the current thresholds. When only the
 * figures behind them moved (the clinic SD, or how many clients it comes from), the recorded norms
 * are updated too, so what readers show beside a flag is what it was judged with today.
 */
export async function refreshMeasureStatus(trx: Kysely<Database>, clientId: string): Promise<void> {
  const norms = await loadClinicNorms(trx);
  const recorded = await loadRecordedNorms(trx);
  if (!recorded || !sameThresholds(norms, recorded)) {
    await refreshAllMeasureStatuses(trx, norms);
    return;
  }
  await writeStatuses(trx, [clientId], norms);
  if (!sameNorms(norms, recorded)) {
    await saveNorms(trx, norms);
  }
}

/** Recomputes every client's stored status with `norms` (the clinic's own, unless given). */
export async function refreshAllMeasureStatuses(trx: Kysely<Database>, norms?: ClinicNorms): Promise<void> {
  const current = norms ?? (await loadClinicNorms(trx));
  // Clients with a stored status or any measure (a first measure has no status yet).
  const clients = await trx
    .selectFrom('client_measure_status')
    .select('client_id')
    .union(trx.selectFrom('measures').select('client_id'))
    .execute();
  await writeStatuses(trx, clients.map((row) => row.client_id), current);
  await saveNorms(trx, current);
}

/**
 * At start-up: when the stored flags were computed with other thresholds (or none recorded yet, as
 * right after the migration that introduced reliable change), recompute every client's status.
 */
export async function recomputeFlagsIfNormsMoved(db: Kysely<Database>): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const norms = await loadClinicNorms(trx);
    const recorded = await loadRecordedNorms(trx);
    if (recorded && sameThresholds(norms, recorded)) {
      if (!sameNorms(norms, recorded)) {
        await saveNorms(trx, norms);
      }
      return false;
    }
    await refreshAllMeasureStatuses(trx, norms);
    return true;
  });
}

async function writeStatuses(trx: Kysely<Database>, clientIds: readonly string[], norms: ClinicNorms): Promise<void> {
  // 200 rows × 9 columns stays under both engines' bound-parameter limits.
  for (const ids of chunked(clientIds, 200)) {
    const points = await trx
      .selectFrom('measures')
      .select(['client_id', 'instrument', 'administered_on', 'total', 'subscales', 'band'])
      .where('client_id', 'in', ids)
      .execute();
    const rows = ids.map((clientId) =>
      measureStatusRow(
        clientId,
        points.filter((point) => point.client_id === clientId).map(measurePointOf),
        norms,
      ),
    );
    // One upsert per batch: a clinic-wide recomputation stays a few statements.
    await trx
      .insertInto('client_measure_status')
      .values(rows)
      .onConflict((conflict) =>
        conflict.column('client_id').doUpdateSet((eb) => ({
          last_measured_on: eb.ref('excluded.last_measured_on'),
          isolation_risk: eb.ref('excluded.isolation_risk'),
          low_perceived_support: eb.ref('excluded.low_perceived_support'),
          loneliness: eb.ref('excluded.loneliness'),
          decline: eb.ref('excluded.decline'),
          decline_since_first: eb.ref('excluded.decline_since_first'),
          mspss_band: eb.ref('excluded.mspss_band'),
          latest: eb.ref('excluded.latest'),
        })),
      )
      .execute();
  }
}

function chunked<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
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
          ...(status.decline_since_first ? (['decline-since-first'] as const) : []),
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
