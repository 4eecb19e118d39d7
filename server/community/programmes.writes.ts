import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { CommunityProgramme } from '@domain/community/programme';
import type { CreateProgrammeRequest, UpdateProgrammeRequest } from '@domain/community/programme-requests';
import type { Actor } from '../access/actor';
import type { Audit } from '../audit/audit-log';
import type { Database } from '../db/database';
import { assertVersionedUpdate, recordToEdit } from '../db/versioned-edit';
import { findProgramme } from './programmes.repository';

const FIELDS = ['name', 'kind', 'contactName', 'phone', 'email', 'website', 'area', 'notes', 'active'] as const;

function columns(body: CreateProgrammeRequest) {
  return {
    name: body.name,
    kind: body.kind,
    contact_name: body.contactName,
    phone: body.phone,
    email: body.email,
    website: body.website,
    area: body.area,
    notes: body.notes,
    active: body.active ? (1 as const) : (0 as const),
  };
}

/** An administrator adds a programme to the directory. */
export async function createProgramme(db: Kysely<Database>, actor: Actor, audit: Audit, body: CreateProgrammeRequest): Promise<CommunityProgramme> {
  const now = actor.now.toISOString();
  const id = uuidv7();
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('community_programmes')
      .values({ id, ...columns(body), version: 1, created_at: now, created_by: actor.user.id, updated_at: now, updated_by: actor.user.id })
      .execute();
    await audit({ action: 'create', recordType: 'community-programme', recordId: id, outcome: 'success' }, trx);
    return (await findProgramme(trx, id))!;
  });
}

/** An administrator changes a programme (or retires it: active false keeps its history for referrals). */
export async function updateProgramme(db: Kysely<Database>, actor: Actor, audit: Audit, id: string, body: UpdateProgrammeRequest): Promise<CommunityProgramme> {
  const now = actor.now.toISOString();
  return db.transaction().execute(async (trx) => {
    const before = await recordToEdit(() => findProgramme(trx, id), body.version);
    const result = await trx
      .updateTable('community_programmes')
      .set({ ...columns(body), version: body.version + 1, updated_at: now, updated_by: actor.user.id })
      .where('id', '=', id)
      .where('version', '=', body.version)
      .executeTakeFirst();
    await assertVersionedUpdate(result, () => findProgramme(trx, id));
    const fields = FIELDS.filter((field) => before[field] !== body[field]);
    await audit({ action: 'update', recordType: 'community-programme', recordId: id, outcome: 'success', fields }, trx);
    return (await findProgramme(trx, id))!;
  });
}
