import { type Kysely, sql } from 'kysely';
import { INSTRUMENT_CODES, type InstrumentCode } from '@domain/measures/instrument';
import { allNorms, type ChangeNorm, clinicNorms, firstScoresOf, PUBLISHED_CLINIC_NORMS, scoreStep, type ClinicNorms } from '@domain/measures/reliable-change';
import type { Database } from '../db/database';

/**
 * The clinic's reliable-change norms: each instrument's and flagged subscale's threshold from its
 * clients' first measures (domain/measures/reliable-change.ts decides whether there are enough). The
 * norms the stored flags were computed with are kept in measure_change_norms, so that a write that
 * moves a threshold recomputes every client's stored flags (refreshMeasureStatus), so that readers
 * such as the team dashboard need not recompute them (loadRecordedNorms), and so that caches of
 * anything judged with them can tell when they moved (normsFingerprint).
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
 * The norms the stored flags were computed with, as measure_change_norms keeps them: one small read
 * instead of loadClinicNorms' pass over every measure. Null until every scale has a row (a database
 * migrated but not yet recomputed at start-up).
 */
export async function loadRecordedNorms(db: Kysely<Database>): Promise<ClinicNorms | null> {
  const rows = await db.selectFrom('measure_change_norms').selectAll().execute();
  const recorded = new Map(rows.map((row) => [`${row.instrument} ${row.scale}`, row]));
  const asRecorded = (norm: ChangeNorm): ChangeNorm | null => {
    const row = recorded.get(`${norm.instrument} ${norm.scale}`);
    if (!row) {
      return null;
    }
    const steps = Number(row.steps);
    return {
      ...norm,
      sd: Number(row.sd),
      sdSource: row.sd_source,
      clinicClients: Number(row.clinic_clients),
      steps,
      threshold: steps * scoreStep(norm.instrument, norm.scale),
    };
  };
  // The published norms name every scale and carry each one's r and source, which are not stored.
  const scales = PUBLISHED_CLINIC_NORMS;
  if (allNorms(scales).some((norm) => asRecorded(norm) === null)) {
    return null;
  }
  return {
    totals: Object.fromEntries(INSTRUMENT_CODES.map((code) => [code, asRecorded(scales.totals[code])!])) as ClinicNorms['totals'],
    subscales: Object.fromEntries(INSTRUMENT_CODES.map((code) => [code, scales.subscales[code].map((norm) => asRecorded(norm)!)])) as unknown as ClinicNorms['subscales'],
  };
}

/**
 * Records the norms the stored flags are now computed with. An upsert, not delete-and-insert: two
 * measure writes that both record new figures at once then meet on the primary key and the later
 * one's figures stand, instead of the second insert failing on rows the first committed.
 */
export async function saveNorms(db: Kysely<Database>, norms: ClinicNorms): Promise<void> {
  const wanted = allNorms(norms);
  await db
    .insertInto('measure_change_norms')
    .values(
      wanted.map((norm) => ({
        instrument: norm.instrument,
        scale: norm.scale,
        steps: norm.steps,
        sd: norm.sd,
        sd_source: norm.sdSource,
        clinic_clients: norm.clinicClients,
      })),
    )
    .onConflict((conflict) =>
      conflict.columns(['instrument', 'scale']).doUpdateSet((eb) => ({
        steps: eb.ref('excluded.steps'),
        sd: eb.ref('excluded.sd'),
        sd_source: eb.ref('excluded.sd_source'),
        clinic_clients: eb.ref('excluded.clinic_clients'),
      })),
    )
    .execute();
  // A scale no longer flagged (a code change) loses its row.
  const kept = new Set(wanted.map((norm) => `${norm.instrument} ${norm.scale}`));
  for (const row of await db.selectFrom('measure_change_norms').select(['instrument', 'scale']).execute()) {
    if (!kept.has(`${row.instrument} ${row.scale}`)) {
      await db.deleteFrom('measure_change_norms').where('instrument', '=', row.instrument).where('scale', '=', row.scale).execute();
    }
  }
}

/**
 * A short text that changes whenever the recorded norms do (a threshold moved, the clinic SD
 * switched in at its 30th client, or another client's first measure joined the clinic SD): part of
 * the key of anything cached that was judged with them, such as the team dashboard. One small read; the norms themselves take a pass over all measures.
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
