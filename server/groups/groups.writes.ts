import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Group } from '@domain/groups/group';
import type { CreateGroupRequest, UpdateGroupRequest } from '@domain/groups/group-requests';
import type { FieldError } from '@domain/validation/field-errors';
import type { Actor } from '../access/actor';
import { createsGroups } from '../access/group-access';
import type { Audit } from '../audit/audit-log';
import type { Database } from '../db/database';
import { assertVersionedUpdate, recordToEdit } from '../db/versioned-edit';
import { HttpProblem } from '../http/http-problem';
import { enrolledCount, findEditableGroup, findGroup, findGroupRow, nonClinicianIndexes } from './groups.repository';
import { alignMeetings, recordedMeetingsOutside } from './meeting-generation';

async function assertClinicians(db: Kysely<Database>, facilitatorIds: readonly string[]): Promise<void> {
  const wrong = await nonClinicianIndexes(db, facilitatorIds);
  if (wrong.length > 0) {
    throw HttpProblem.badRequest(wrong.map((index) => ({ field: `facilitatorIds.${index}`, message: 'Not an active clinician of the clinic.' })));
  }
}

function groupColumns(body: CreateGroupRequest) {
  return {
    name: body.name,
    kind: body.kind,
    frequency: body.schedule.frequency,
    start_date: body.schedule.startDate,
    end_date: body.schedule.endDate,
    start_time: body.schedule.startTime,
    duration_minutes: body.schedule.durationMinutes,
    modality: body.schedule.modality,
    location: body.schedule.location,
    capacity: body.capacity,
    peer_facilitators: JSON.stringify(body.peerFacilitators),
  };
}

async function replaceFacilitators(trx: Kysely<Database>, groupId: string, facilitatorIds: readonly string[]): Promise<void> {
  await trx.deleteFrom('group_facilitators').where('group_id', '=', groupId).execute();
  await trx.insertInto('group_facilitators').values(facilitatorIds.map((userId) => ({ group_id: groupId, user_id: userId }))).execute();
}

/** A supervisor or administrator creates a group; its meetings follow from the schedule. */
export async function createGroup(db: Kysely<Database>, actor: Actor, audit: Audit, body: CreateGroupRequest): Promise<Group> {
  const { user } = actor;
  if (!createsGroups(user)) {
    throw HttpProblem.forbidden();
  }
  const now = actor.now.toISOString();
  const id = uuidv7();
  return db.transaction().execute(async (trx) => {
    await assertClinicians(trx, body.facilitatorIds);
    await trx
      .insertInto('clinic_groups')
      .values({ id, ...groupColumns(body), version: 1, created_at: now, created_by: user.id, updated_at: now, updated_by: user.id })
      .execute();
    await replaceFacilitators(trx, id, body.facilitatorIds);
    await alignMeetings(trx, (await findGroupRow(trx, id))!, null, user.id, now);
    await audit({ action: 'create', recordType: 'group', recordId: id, outcome: 'success' }, trx);
    return (await findGroup(trx, user, id))!;
  });
}

/**
 * Changes a group's facts. Capacity never drops below the clients enrolled now, and the dates keep
 * every meeting that has attendance recorded.
 */
export async function updateGroup(db: Kysely<Database>, actor: Actor, audit: Audit, groupId: string, body: UpdateGroupRequest): Promise<Group> {
  const { user } = actor;
  const now = actor.now.toISOString();
  if (!(await findEditableGroup(db, user, groupId))) {
    const exists = await findGroupRow(db, groupId);
    await audit({ action: 'write', recordType: 'group', recordId: groupId, outcome: 'denied' });
    throw exists ? HttpProblem.forbidden('Only an administrator or the supervisor who created this group changes it.') : HttpProblem.notFound();
  }
  return db.transaction().execute(async (trx) => {
    const before = await recordToEdit(async () => (await findEditableGroup(trx, user, groupId)) && findGroup(trx, user, groupId), body.version);
    await assertClinicians(trx, body.facilitatorIds);
    const errors: FieldError[] = [];
    const enrolled = await enrolledCount(trx, groupId);
    if (body.capacity < enrolled) {
      errors.push({ field: 'capacity', message: `${enrolled} clients are enrolled: capacity cannot be lower.` });
    }
    const outside = await recordedMeetingsOutside(trx, groupId, body.schedule.startDate, body.schedule.endDate);
    if (outside.length > 0) {
      const field = outside[0]! < body.schedule.startDate ? 'schedule.startDate' : 'schedule.endDate';
      errors.push({ field, message: `Attendance is recorded for a meeting on ${outside[0]}: the group's dates must include it.` });
    }
    if (errors.length > 0) {
      throw HttpProblem.badRequest(errors);
    }
    const result = await trx
      .updateTable('clinic_groups')
      .set({ ...groupColumns(body), version: body.version + 1, updated_at: now, updated_by: user.id })
      .where('id', '=', groupId)
      .where('version', '=', body.version)
      .executeTakeFirst();
    await assertVersionedUpdate(result, () => findGroup(trx, user, groupId));
    await replaceFacilitators(trx, groupId, body.facilitatorIds);
    await alignMeetings(trx, (await findGroupRow(trx, groupId))!, before.schedule.startTime, user.id, now);
    const previous: Record<string, unknown> = { ...before, facilitatorIds: before.facilitators.map((f) => f.id).sort() };
    const next: Record<string, unknown> = { ...body, facilitatorIds: [...body.facilitatorIds].sort() };
    const fields = ['name', 'kind', 'schedule', 'capacity', 'facilitatorIds', 'peerFacilitators'].filter((key) => JSON.stringify(previous[key]) !== JSON.stringify(next[key]));
    await audit({ action: 'update', recordType: 'group', recordId: groupId, outcome: 'success', fields }, trx);
    return (await findGroup(trx, user, groupId))!;
  });
}
