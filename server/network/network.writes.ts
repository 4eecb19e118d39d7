import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { todayIsoDate } from '@domain/common/iso-date';
import type { NetworkMember, NetworkMemberFacts } from '@domain/network/network-member';
import type {
  CreateNetworkMemberRequest,
  EndNetworkMemberRequest,
  UpdateNetworkMemberRequest,
} from '@domain/network/network-member-requests';
import type { Actor } from '../access/actor';
import type { Audit } from '../audit/audit-log';
import { requireClientAccess } from '../access/client-guard';
import type { Database } from '../db/database';
import { HttpProblem } from '../http/http-problem';
import { changedFactNames, columnsOf, factsOf, toNetworkMember } from './network-mapping';
import { appendRevision, findMember } from './network.repository';
import { assertVersionedUpdate, recordToEdit } from '../db/versioned-edit';

export async function createMember(db: Kysely<Database>, actor: Actor, audit: Audit, clientId: string, body: CreateNetworkMemberRequest): Promise<NetworkMember> {
  await requireClientAccess(db, actor, audit, clientId, 'write', 'network-member');
  return db.transaction().execute(async (trx) => {
    const id = await insertMember(trx, actor, audit, clientId, body);
    return toNetworkMember((await findMember(trx, clientId, id))!);
  });
}

/**
 * A new member with its first revision and audit event, in the caller's transaction (the caller
 * checked the client's scope). A referral that reached "attending" adds its programme this way.
 */
export async function insertMember(trx: Kysely<Database>, actor: Actor, audit: Audit, clientId: string, body: CreateNetworkMemberRequest): Promise<string> {
  const { user } = actor;
  const now = actor.now.toISOString();
  const id = uuidv7();
  const facts: NetworkMemberFacts = { ...body, endedOn: null, endReason: null };
  await trx
    .insertInto('network_members')
    .values({ id, client_id: clientId, ...columnsOf(facts), version: 1, created_at: now, created_by: user.id, updated_at: now, updated_by: user.id })
    .execute();
  // The first revision is in force from the day the person entered the client's life.
  await appendRevision(trx, { memberId: id, clientId, version: 1, effectiveOn: facts.activeFrom, recordedAt: now, recordedBy: user.id, facts });
  await audit({ action: 'create', recordType: 'network-member', recordId: id, outcome: 'success' }, trx);
  return id;
}

/**
 * A versioned change to one member, in one transaction with its revision and audit event;
 * a stale version answers 409 with the member as it is now.
 */
async function changeMember(
  db: Kysely<Database>,
  actor: Actor,
  audit: Audit,
  clientId: string,
  memberId: string,
  version: number,
  action: string,
  change: (before: NetworkMemberFacts) => { facts: NetworkMemberFacts; effectiveOn: string },
): Promise<NetworkMember> {
  const { user } = actor;
  await requireClientAccess(db, actor, audit, clientId, 'write', 'network-member');
  return db.transaction().execute(async (trx: Kysely<Database>) => {
    const row = await recordToEdit(() => findMember(trx, clientId, memberId), version, toNetworkMember);
    const before = factsOf(row);
    const { facts, effectiveOn } = change(before);
    const now = actor.now.toISOString();
    const result = await trx
      .updateTable('network_members')
      .set({ ...columnsOf(facts), version: version + 1, updated_at: now, updated_by: user.id })
      .where('id', '=', memberId)
      .where('client_id', '=', clientId)
      .where('version', '=', version)
      .executeTakeFirst();
    await assertVersionedUpdate(result, () => findMember(trx, clientId, memberId), toNetworkMember);
    await appendRevision(trx, { memberId, clientId, version: version + 1, effectiveOn, recordedAt: now, recordedBy: user.id, facts });
    await audit(
      { action, recordType: 'network-member', recordId: memberId, outcome: 'success', fields: changedFactNames(before, facts) },
      trx,
    );
    return toNetworkMember((await findMember(trx, clientId, memberId))!);
  });
}

export function updateMember(db: Kysely<Database>, actor: Actor, audit: Audit, clientId: string, memberId: string, body: UpdateNetworkMemberRequest): Promise<NetworkMember> {
  const { version, ...fields } = body;
  return changeMember(db, actor, audit, clientId, memberId, version, 'update', (before) => {
    if (before.endedOn && fields.activeFrom > before.endedOn) {
      throw HttpProblem.badRequest([{ field: 'activeFrom', message: 'Cannot be after the date the relationship ended.' }]);
    }
    return { facts: { ...fields, endedOn: before.endedOn, endReason: before.endReason }, effectiveOn: todayIsoDate(actor.now) };
  });
}

export function endMember(db: Kysely<Database>, actor: Actor, audit: Audit, clientId: string, memberId: string, body: EndNetworkMemberRequest): Promise<NetworkMember> {
  return changeMember(db, actor, audit, clientId, memberId, body.version, 'end', (before) => {
    if (before.endedOn) {
      throw HttpProblem.conflict('This relationship has already ended.');
    }
    if (body.endedOn < before.activeFrom) {
      throw HttpProblem.badRequest([{ field: 'endedOn', message: 'Cannot be before the relationship started.' }]);
    }
    // An ending is in force from the day it happened, even when recorded later.
    return { facts: { ...before, endedOn: body.endedOn, endReason: body.endReason }, effectiveOn: body.endedOn };
  });
}

export function reactivateMember(db: Kysely<Database>, actor: Actor, audit: Audit, clientId: string, memberId: string, version: number): Promise<NetworkMember> {
  return changeMember(db, actor, audit, clientId, memberId, version, 'reactivate', (before) => {
    if (!before.endedOn) {
      throw HttpProblem.conflict('This relationship is active.');
    }
    return { facts: { ...before, endedOn: null, endReason: null }, effectiveOn: todayIsoDate(actor.now) };
  });
}
