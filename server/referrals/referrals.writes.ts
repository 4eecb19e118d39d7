import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { todayIsoDate } from '@domain/common/iso-date';
import type { ClientReferral } from '@domain/referrals/referral';
import { referralStepProblem } from '@domain/referrals/referral-codes';
import type { CreateReferralRequest, ReferralNetworkLinkRequest, ReferralStatusRequest } from '@domain/referrals/referral-requests';
import type { Actor } from '../access/actor';
import { requireClientAccess } from '../access/client-guard';
import type { Audit } from '../audit/audit-log';
import type { Database } from '../db/database';
import { assertVersionedUpdate, recordToEdit } from '../db/versioned-edit';
import { insertRosterReferral } from '../groups/roster.writes';
import { HttpProblem } from '../http/http-problem';
import { insertMember } from '../network/network.writes';
import { findClientReferral } from './referrals.repository';

/**
 * A therapist refers their own client, with the client's consent to share the listed details. To a
 * clinic group, the referral takes the group's roster place (the facilitators' decision then moves
 * it: groups/referral-roster-sync.ts); to a directory programme, only active ones.
 */
export async function createReferral(db: Kysely<Database>, actor: Actor, audit: Audit, clientId: string, body: CreateReferralRequest): Promise<ClientReferral> {
  const { user } = actor;
  await requireClientAccess(db, actor, audit, clientId, 'write', 'referral');
  const now = actor.now.toISOString();
  const today = todayIsoDate(actor.now);
  const id = uuidv7();
  return db.transaction().execute(async (trx) => {
    let enrolmentId: string | null = null;
    if (body.groupId !== undefined) {
      enrolmentId = (await insertRosterReferral(trx, actor, audit, clientId, body.groupId, body.referredOn)).enrolmentId;
    } else {
      const programme = await trx.selectFrom('community_programmes').select(['id', 'active']).where('id', '=', body.programmeId!).executeTakeFirst();
      if (!programme || programme.active !== 1) {
        throw HttpProblem.badRequest([{ field: 'programmeId', message: programme ? 'This programme is no longer in the directory.' : 'No such programme.' }]);
      }
    }
    await trx
      .insertInto('referrals')
      .values({
        id,
        client_id: clientId,
        group_id: body.groupId ?? null,
        programme_id: body.programmeId ?? null,
        enrolment_id: enrolmentId,
        reason: body.reason,
        consent_given_on: body.consentGivenOn,
        shared_details: body.sharedDetails.join(','),
        status: 'referred',
        status_on: body.referredOn,
        network_member_id: null,
        version: 1,
        created_at: now,
        created_by: user.id,
        updated_at: now,
        updated_by: user.id,
      })
      .execute();
    await trx
      .insertInto('referral_events')
      .values({ id: uuidv7(), referral_id: id, status: 'referred', occurred_on: body.referredOn, note: '', recorded_at: now, recorded_by: user.id })
      .execute();
    await audit({ action: 'create', recordType: 'referral', recordId: id, outcome: 'success' }, trx);
    return (await findClientReferral(trx, clientId, id, today))!;
  });
}

/**
 * The next step of a directory programme's referral, on a day, by the client's therapist: only the
 * steps the domain allows (a jump answers 400 naming `status`), never before the latest step's day.
 * A clinic group's referral follows its roster instead.
 */
export async function recordReferralStatus(
  db: Kysely<Database>,
  actor: Actor,
  audit: Audit,
  clientId: string,
  referralId: string,
  body: ReferralStatusRequest,
): Promise<ClientReferral> {
  const { user } = actor;
  await requireClientAccess(db, actor, audit, clientId, 'write', 'referral');
  const now = actor.now.toISOString();
  const today = todayIsoDate(actor.now);
  return db.transaction().execute(async (trx) => {
    const before = await recordToEdit(() => findClientReferral(trx, clientId, referralId, today), body.version);
    if (before.target.type === 'group') {
      throw HttpProblem.badRequest([{ field: 'status', message: "A clinic group's referral moves with its roster: the group's facilitators accept or decline it." }]);
    }
    const problem = referralStepProblem(before.status, body.status);
    if (problem !== null) {
      throw HttpProblem.badRequest([{ field: 'status', message: problem }]);
    }
    if (body.on < before.statusOn) {
      throw HttpProblem.badRequest([{ field: 'on', message: `Cannot be before the previous step (${before.statusOn}).` }]);
    }
    const result = await trx
      .updateTable('referrals')
      .set({ status: body.status, status_on: body.on, version: body.version + 1, updated_at: now, updated_by: user.id })
      .where('id', '=', referralId)
      .where('client_id', '=', clientId)
      .where('version', '=', body.version)
      .executeTakeFirst();
    await assertVersionedUpdate(result, () => findClientReferral(trx, clientId, referralId, today));
    await trx
      .insertInto('referral_events')
      .values({ id: uuidv7(), referral_id: referralId, status: body.status, occurred_on: body.on, note: body.note, recorded_at: now, recorded_by: user.id })
      .execute();
    await audit({ action: 'update', recordType: 'referral', recordId: referralId, outcome: 'success', fields: ['status'] }, trx);
    return (await findClientReferral(trx, clientId, referralId, today))!;
  });
}

/**
 * Once the client attends, the programme joins their support network: linked to a member already
 * there, or added as a new one, in the same transaction as the link.
 */
export async function linkReferralToNetwork(
  db: Kysely<Database>,
  actor: Actor,
  audit: Audit,
  clientId: string,
  referralId: string,
  body: ReferralNetworkLinkRequest,
): Promise<ClientReferral> {
  const { user } = actor;
  await requireClientAccess(db, actor, audit, clientId, 'write', 'referral');
  const now = actor.now.toISOString();
  const today = todayIsoDate(actor.now);
  return db.transaction().execute(async (trx) => {
    const before = await recordToEdit(() => findClientReferral(trx, clientId, referralId, today), body.version);
    if (before.status !== 'attending' && before.status !== 'ended') {
      throw HttpProblem.badRequest([{ field: 'memberId', message: 'Only a programme the client attends (or attended) joins their network.' }]);
    }
    let memberId = body.memberId;
    if (memberId !== undefined) {
      const member = await trx.selectFrom('network_members').select('id').where('id', '=', memberId).where('client_id', '=', clientId).executeTakeFirst();
      if (!member) {
        throw HttpProblem.badRequest([{ field: 'memberId', message: "Not a member of this client's network." }]);
      }
    } else {
      memberId = await insertMember(trx, actor, audit, clientId, body.member!);
    }
    const result = await trx
      .updateTable('referrals')
      .set({ network_member_id: memberId, version: body.version + 1, updated_at: now, updated_by: user.id })
      .where('id', '=', referralId)
      .where('client_id', '=', clientId)
      .where('version', '=', body.version)
      .executeTakeFirst();
    await assertVersionedUpdate(result, () => findClientReferral(trx, clientId, referralId, today));
    await audit({ action: 'update', recordType: 'referral', recordId: referralId, outcome: 'success', fields: ['networkMemberId'] }, trx);
    return (await findClientReferral(trx, clientId, referralId, today))!;
  });
}
