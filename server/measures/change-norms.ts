import { type Kysely, sql } from 'kysely';
import { INSTRUMENT_CODES, type InstrumentCode } from '@domain/measures/instrument';
import { allNorms, clinicNorms, firstScoresOf, sameThresholds, type ClinicNorms } from '@domain/measures/reliable-change';
import type { Database } from '../db/database';

/**
 * The clinic's reliable-change norms: each instrument's and flagged subscale's threshold from its
 * clients' first measures (domain/measures/reliable-change.ts decides whether there are enough). The
 * norms the stored flags were computed with are kept in measure_change_norms, so that a write that
 * moves a threshold recomputes every client's stored flags (refreshMeasureStatus), and so that
 * caches of anything judged with them can tell when they moved (normsFingerprint).
 */
export async function loadClinicNorms(db: Kysely<Database>): Promise<ClinicNorms> {
  // The measures on each client's first date per instrument, in SQL; when two share that date,
  // firstScoresOf keeps the lower id. A grouped min over the (client, instrument, date) index and a
  // join back is 4–6 times faster than ranking every measure with a window function (77 ms against
  // 320–440 ms over 156,000 measures on SQLite), and this runs on every measure write.
  const { rows } = await sql<{ client_id: string; instrument: InstrumentCode; administered_on: string; id: string; total: number; subscales: string }>`
    select m.client_id, m.instrument, m.administered_on, m.id, m.total, m.subscales
    from (
      select client_id, instrument, min(administered_on) as first_on from measures group by client_id, instrument
    ) firsts
    join measures m on m.client_id = firsts.client_id and m.instrument = firsts.instrument and m.administered_on = firsts.first_on`.execute(db);
  return clinicNorms(
    firstScoresOf(
      rows
        .filter((row) => (INSTRUMENT_CODES as readonly string[]).includes(row.instrument))
        .map((row) => ({
          clientId: row.client_id,
          instrument: row.instrument,
          administeredOn: row.administered_on,
          id: row.id,
          total: Number(row.total),
          subscales: JSON.parse(row.subscales) as Record<string, number>,
        })),
    ),
  );
}

/**
 * Whether the stored flags were computed with thresholds other than `norms` (or none recorded yet,
 * or not for every scale): the domain's sameThresholds, over what measure_change_norms keeps.
 */
export async function normsMoved(db: Kysely<Database>, norms: ClinicNorms): Promise<boolean> {
  const rows = await db.selectFrom('measure_change_norms').selectAll().execute();
  const stored = new Map(rows.map((row) => [`${row.instrument} ${row.scale}`, row]));
  const asStored = (norm: ReturnType<typeof allNorms>[number]) => {
    const row = stored.get(`${norm.instrument} ${norm.scale}`);
    return row ? { ...norm, steps: row.steps, sdSource: row.sd_source } : null;
  };
  const wanted = allNorms(norms);
  if (rows.length !== wanted.length || wanted.some((norm) => asStored(norm) === null)) {
    return true;
  }
  const storedNorms: ClinicNorms = {
    totals: Object.fromEntries(INSTRUMENT_CODES.map((code) => [code, asStored(norms.totals[code])!])) as ClinicNorms['totals'],
    subscales: Object.fromEntries(INSTRUMENT_CODES.map((code) => [code, norms.subscales[code].map((norm) => asStored(norm)!)])) as unknown as ClinicNorms['subscales'],
  };
  return !sameThresholds(norms, storedNorms);
}

/** Records the norms the stored flags are now computed with. */
export async function saveNorms(db: Kysely<Database>, norms: ClinicNorms): Promise<void> {
  await db.deleteFrom('measure_change_norms').execute();
  await db
    .insertInto('measure_change_norms')
    .values(
      allNorms(norms).map((norm) => ({
        instrument: norm.instrument,
        scale: norm.scale,
        steps: norm.steps,
        sd: norm.sd,
        sd_source: norm.sdSource,
        clinic_clients: norm.clinicClients,
      })),
    )
    .execute();
}

/**
 * A short text that changes whenever the recorded norms do (a threshold moved, or the clinic SD
 * switched in at its 30th client): part of the key of anything cached that was judged with them,
 * such as the team dashboard. One small read; the norms themselves take a pass over all measures.
 */
export async function normsFingerprint(db: Kysely<Database>): Promise<string> {
  const rows = await db
    .selectFrom('measure_change_norms')
    .select(['instrument', 'scale', 'steps', 'sd_source', 'clinic_clients'])
    .orderBy('instrument')
    .orderBy('scale')
    .execute();
  return rows.map((row) => `${row.instrument}/${row.scale}:${row.steps}:${row.sd_source}:${row.clinic_clients}`).join(',');
}
