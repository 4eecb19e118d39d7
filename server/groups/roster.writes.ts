import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { RosterEntry } from '@domain/groups/group';
import type { LeaveGroupRequest, ReferralDecisionRequest } from '@domain/groups/group-requests';
import { todayIsoDate } from '@domain/common/iso-date';
import type { Actor } from '../access/actor';
import type { Audit } from '../audit/audit-log';
import type { ClinicGroupRow, Database } from '../db/database';
import { assertVersionedUpdate, recordToEdit } from '../db/versioned-edit';
import { HttpProblem } from '../http/http-problem';
import { enrolledCount, findGroupRow, findRosterEntry, findRunGroup, hasOpenPlace } from './groups.repository';
import { referralFollowsRoster } from './referral-roster-sync';

/**
 * The roster place a referral to a group holds (status referred, for a facilitator to decide), in
 * the caller's transaction. The client's referrals (server/referrals) reuse it, so a clinic group's
 * referral and its roster place are one and the same, never two records to keep in step by hand.
 */
export async function insertRosterReferral(
  trx: Kysely<Database>,
  actor: Actor,
  audit: Audit,
  clientId: string,
  groupId: string,
  referredOn: string,
): Promise<{ enrolmentId: string; groupId: string; group: ClinicGroupRow }> {
  const { user } = actor;
  const now = actor.now.toISOString();
  const today = todayIsoDate(actor.now);
  const id = uuidv7();
  const group = await findGroupRow(trx, groupId);
  if (!group) {
    throw HttpProblem.badRequest([{ field: 'groupId', message: 'No such group.' }]);
  }
  if (group.end_date < today) {
    throw HttpProblem.badRequest([{ field: 'groupId', message: 'This group has ended.' }]);
  }
  if (await hasOpenPlace(trx, group.id, clientId)) {
    throw HttpProblem.conflict('This client is already referred to, waiting for or enrolled in this group.');
  }
  await trx
    .insertInto('group_enrolments')
    .values({
      id,
      group_id: group.id,
      client_id: clientId,
      status: 'referred',
      referred_on: referredOn,
      referred_by: user.id,
      decided_on: null,
      decided_by: null,
      decline_reason: null,
      enrolled_on: null,
      left_on: null,
      leave_reason: null,
      version: 1,
      created_at: now,
      created_by: user.id,
      updated_at: now,
      updated_by: user.id,
    })
    .execute();
  await audit({ action: 'create', recordType: 'group-enrolment', recordId: id, outcome: 'success' }, trx);
  return { enrolmentId: id, groupId: group.id, group };
}

/** The group, if the actor runs it; otherwise the denial is audited and the answer is 404. */
export async function requireRunGroup(db: Kysely<Database>, actor: Actor, audit: Audit, groupId: string, recordType: string, action: 'read' | 'write'): Promise<ClinicGroupRow> {
  const group = await findRunGroup(db, actor.user, groupId);
  if (!group) {
    await audit({ action, recordType, recordId: groupId, outcome: 'denied' });
    throw HttpProblem.notFound();
  }
  return group;
}

/**
 * A facilitator accepts a referral (enrolled, or onto the waiting list when the group is full; a
 * waiting client is enrolled once there is room) or declines it with a reason.
 */
export async function decideReferral(
  db: Kysely<Database>,
  actor: Actor,
  audit: Audit,
  groupId: string,
  enrolmentId: string,
  body: ReferralDecisionRequest,
): Promise<RosterEntry> {
  const { user } = actor;
  const group = await requireRunGroup(db, actor, audit, groupId, 'group-enrolment', 'write');
  const now = actor.now.toISOString();
  const today = todayIsoDate(actor.now);
  return db.transaction().execute(async (trx) => {
    const before = await recordToEdit(() => findRosterEntry(trx, groupId, enrolmentId), body.version);
    if (before.status !== 'referred' && before.status !== 'waiting') {
      throw HttpProblem.conflict('This referral has already been decided.');
    }
    let change;
    if (body.decision === 'decline') {
      change = { status: 'declined' as const, decline_reason: body.reason };
    } else if ((await enrolledCount(trx, groupId)) >= group.capacity) {
      if (before.status === 'waiting') {
        throw HttpProblem.conflict('The group is still full: the client stays on the waiting list.');
      }
      change = { status: 'waiting' as const };
    } else {
      change = { status: 'enrolled' as const, enrolled_on: today };
    }
    const result = await trx
      .updateTable('group_enrolments')
      .set({ ...change, decided_on: today, decided_by: user.id, version: body.version + 1, updated_at: now, updated_by: user.id })
      .where('id', '=', enrolmentId)
      .where('group_id', '=', groupId)
      .where('version', '=', body.version)
      .executeTakeFirst();
    await assertVersionedUpdate(result, () => findRosterEntry(trx, groupId, enrolmentId));
    await audit({ action: 'update', recordType: 'group-enrolment', recordId: enrolmentId, outcome: 'success', fields: ['status'] }, trx);
    await referralFollowsRoster(trx, actor, audit, enrolmentId, change.status, today, body.decision === 'decline' ? body.reason : '');
    return (await findRosterEntry(trx, groupId, enrolmentId))!;
  });
}

/** An enrolled client leaves the group on a date, for a reason; their attendance stays. */
export async function leaveGroup(db: Kysely<Database>, actor: Actor, audit: Audit, groupId: string, enrolmentId: string, body: LeaveGroupRequest): Promise<RosterEntry> {
  const { user } = actor;
  await requireRunGroup(db, actor, audit, groupId, 'group-enrolment', 'write');
  const now = actor.now.toISOString();
  return db.transaction().execute(async (trx) => {
    const before = await recordToEdit(() => findRosterEntry(trx, groupId, enrolmentId), body.version);
    if (before.status !== 'enrolled') {
      throw HttpProblem.conflict('Only an enrolled client can leave the group.');
    }
    if (body.leftOn < before.enrolledOn!) {
      throw HttpProblem.badRequest([{ field: 'leftOn', message: `Cannot be before the client was enrolled (${before.enrolledOn}).` }]);
    }
    const recordedAfter = await trx
      .selectFrom('group_attendance')
      .innerJoin('group_meetings', 'group_meetings.id', 'group_attendance.meeting_id')
      .select('group_meetings.meeting_date')
      .where('group_attendance.enrolment_id', '=', enrolmentId)
      .where('group_meetings.meeting_date', '>', body.leftOn)
      .executeTakeFirst();
    if (recordedAfter) {
      throw HttpProblem.badRequest([{ field: 'leftOn', message: `Attendance is recorded on ${recordedAfter.meeting_date}, after this date.` }]);
    }
    const result = await trx
      .updateTable('group_enrolments')
      .set({ status: 'left', left_on: body.leftOn, leave_reason: body.reason, version: body.version + 1, updated_at: now, updated_by: user.id })
      .where('id', '=', enrolmentId)
      .where('group_id', '=', groupId)
      .where('version', '=', body.version)
      .executeTakeFirst();
    await assertVersionedUpdate(result, () => findRosterEntry(trx, groupId, enrolmentId));
    await audit({ action: 'update', recordType: 'group-enrolment', recordId: enrolmentId, outcome: 'success', fields: ['status', 'leftOn', 'leaveReason'] }, trx);
    await referralFollowsRoster(trx, actor, audit, enrolmentId, 'left', body.leftOn, body.reason);
    return (await findRosterEntry(trx, groupId, enrolmentId))!;
  });
}
