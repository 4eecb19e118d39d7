import { type Kysely, sql } from 'kysely';
import type { InstrumentCode } from '@domain/measures/instrument';
import { clinicNorms, sameThresholds, type ChangeNorms } from '@domain/measures/reliable-change';
import type { Database } from '../db/database';

/**
 * The clinic's reliable-change norms: each instrument's threshold from its clients' first measures
 * (domain/measures/reliable-change.ts decides whether there are enough). The norms the stored flags
 * were computed with are kept in measure_change_norms, so that a write that moves a threshold
 * recomputes every client's stored flags (refreshMeasureStatus).
 */
export async function loadClinicNorms(db: Kysely<Database>): Promise<ChangeNorms> {
  // firstScoresOf in SQL: the earliest measure per client and instrument, ties by id.
  const { rows } = await sql<{ instrument: InstrumentCode; total: number }>`
    select instrument, total from (
      select instrument, total, row_number() over (partition by client_id, instrument order by administered_on, id) as place
      from measures
    ) ranked where place = 1`.execute(db);
  const firstScores: Record<InstrumentCode, number[]> = { mspss: [], 'lsns-6': [], 'ucla-3': [] };
  for (const row of rows) {
    firstScores[row.instrument]?.push(Number(row.total));
  }
  return clinicNorms(firstScores);
}

/**
 * Whether the stored flags were computed with thresholds other than `norms` (or none recorded yet):
 * the domain's sameThresholds, over what measure_change_norms keeps.
 */
export async function normsMoved(db: Kysely<Database>, norms: ChangeNorms): Promise<boolean> {
  const rows = await db.selectFrom('measure_change_norms').selectAll().execute();
  const stored = new Map(rows.map((row) => [row.instrument, row]));
  const codes = Object.keys(norms) as InstrumentCode[];
  if (!codes.every((code) => stored.has(code))) {
    return true;
  }
  const storedNorms = Object.fromEntries(
    codes.map((code) => [code, { ...norms[code], steps: stored.get(code)!.steps, sdSource: stored.get(code)!.sd_source }]),
  ) as Record<InstrumentCode, ChangeNorms[InstrumentCode]>;
  return !sameThresholds(norms, storedNorms);
}

/** Records the norms the stored flags are now computed with. */
export async function saveNorms(db: Kysely<Database>, norms: ChangeNorms): Promise<void> {
  await db.deleteFrom('measure_change_norms').execute();
  await db
    .insertInto('measure_change_norms')
    .values(
      Object.values(norms).map((norm) => ({
        instrument: norm.instrument,
        steps: norm.steps,
        sd: norm.sd,
        sd_source: norm.sdSource,
        clinic_clients: norm.clinicClients,
      })),
    )
    .execute();
}
