import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { todayIsoDate } from '@domain/common/iso-date';
import type { InstrumentCode } from '@domain/measures/instrument';
import { instrumentOf } from '@domain/measures/instrument-catalog';
import type { MeasureResponse } from '@domain/measures/measure';
import { type AmendMeasureRequest, checkAnswers, checkedAnswers, type RecordMeasureRequest } from '@domain/measures/measure-requests';
import type { Actor } from '../access/actor';
import type { Audit } from '../audit/audit-log';
import { requireClientAccess } from '../access/client-guard';
import type { ClientRowWithTherapist } from '../access/scoped-client';
import type { Database } from '../db/database';
import { HttpProblem } from '../http/http-problem';
import { changedMeasureFields } from './measure-mapping';
import { refreshMeasureStatus } from './measure-status';
import { loadMeasure } from './measures.repository';
import { assertVersionedUpdate, recordToEdit } from '../db/versioned-edit';

/** A measure is dated within treatment: not before it started, not after today. */
function assertAdministeredOn(administeredOn: string, client: ClientRowWithTherapist, now: Date): void {
  if (administeredOn > todayIsoDate(now)) {
    throw HttpProblem.badRequest([{ field: 'administeredOn', message: 'Must not be in the future.' }]);
  }
  if (administeredOn < client.treatment_start) {
    throw HttpProblem.badRequest([{ field: 'administeredOn', message: `Must not be before treatment start (${client.treatment_start}).` }]);
  }
}

/** The server's own scores: whatever score a request carried is never read. */
export function scoredColumns(instrument: InstrumentCode, answers: readonly (number | null)[]) {
  const values = checkedAnswers(answers);
  const scores = instrumentOf(instrument).score(values);
  return { answers: JSON.stringify(values), total: scores.total, subscales: JSON.stringify(scores.subscales), band: scores.band };
}

export async function appendRevision(db: Kysely<Database>, measure: MeasureResponse, recordedBy: string, reason: string | null): Promise<void> {
  await db
    .insertInto('measure_revisions')
    .values({ id: uuidv7(), measure_id: measure.id, version: measure.version, recorded_at: measure.updatedAt, recorded_by: recordedBy, reason, snapshot: JSON.stringify(measure) })
    .execute();
}

export async function recordMeasure(db: Kysely<Database>, actor: Actor, audit: Audit, clientId: string, body: RecordMeasureRequest): Promise<MeasureResponse> {
  const { user } = actor;
  const client = await requireClientAccess(db, actor, audit, clientId, 'write', 'measure');
  const now = actor.now;
  assertAdministeredOn(body.administeredOn, client, now);
  const id = uuidv7();
  const timestamp = now.toISOString();
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('measures')
      .values({
        id,
        client_id: clientId,
        instrument: body.instrument,
        administered_on: body.administeredOn,
        completed_by: body.completedBy,
        ...scoredColumns(body.instrument, body.answers),
        amended: 0,
        version: 1,
        created_at: timestamp,
        created_by: user.id,
        updated_at: timestamp,
        updated_by: user.id,
      })
      .execute();
    const measure = (await loadMeasure(trx, clientId, id))!;
    // Version 1 is kept too, so a later correction can always be compared with the original.
    await appendRevision(trx, measure, user.id, null);
    await refreshMeasureStatus(trx, clientId);
    await audit({ action: 'create', recordType: 'measure', recordId: id, outcome: 'success' }, trx);
    return measure;
  });
}

/** A correction of a saved measure: needs a reason, keeps every earlier version in the history. */
export async function amendMeasure(db: Kysely<Database>, actor: Actor, audit: Audit, clientId: string, measureId: string, body: AmendMeasureRequest): Promise<MeasureResponse> {
  const { user } = actor;
  const client = await requireClientAccess(db, actor, audit, clientId, 'write', 'measure');
  const now = actor.now;
  return db.transaction().execute(async (trx) => {
    const before = await recordToEdit(() => loadMeasure(trx, clientId, measureId), body.version);
    const instrument = instrumentOf(before.instrument);
    const errors: { field: string; message: string }[] = [];
    // The amend schema cannot know the instrument; check the answers against it here.
    checkAnswers(instrument, body.answers, (path, message) => errors.push({ field: path.join('.'), message }));
    if (errors.length > 0) {
      throw HttpProblem.badRequest(errors);
    }
    assertAdministeredOn(body.administeredOn, client, now);
    const result = await trx
      .updateTable('measures')
      .set({
        administered_on: body.administeredOn,
        completed_by: body.completedBy,
        ...scoredColumns(before.instrument, body.answers),
        amended: 1,
        version: body.version + 1,
        updated_at: now.toISOString(),
        updated_by: user.id,
      })
      .where('id', '=', measureId)
      .where('client_id', '=', clientId)
      .where('version', '=', body.version)
      .executeTakeFirst();
    await assertVersionedUpdate(result, () => loadMeasure(trx, clientId, measureId));
    const after = (await loadMeasure(trx, clientId, measureId))!;
    await appendRevision(trx, after, user.id, body.amendmentReason);
    await refreshMeasureStatus(trx, clientId);
    await audit({ action: 'amend', recordType: 'measure', recordId: measureId, outcome: 'success', fields: changedMeasureFields(before, after) }, trx);
    return after;
  });
}
