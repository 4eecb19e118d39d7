import type { Kysely } from 'kysely';
import type { CommunityProgramme } from '@domain/community/programme';
import type { ProgrammeKind } from '@domain/community/programme-codes';
import type { Database } from '../db/database';

function toProgramme(row: Awaited<ReturnType<ReturnType<typeof programmes>['executeTakeFirstOrThrow']>>): CommunityProgramme {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as ProgrammeKind,
    contactName: row.contact_name,
    phone: row.phone,
    email: row.email,
    website: row.website,
    area: row.area,
    notes: row.notes,
    active: row.active === 1,
    version: row.version,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

function programmes(db: Kysely<Database>) {
  return db.selectFrom('community_programmes').selectAll();
}

/** The directory by name; inactive programmes only for whoever keeps it. */
export async function listProgrammes(db: Kysely<Database>, includeInactive: boolean): Promise<CommunityProgramme[]> {
  let query = programmes(db).orderBy('name').orderBy('id');
  if (!includeInactive) {
    query = query.where('active', '=', 1);
  }
  return (await query.execute()).map(toProgramme);
}

export async function findProgramme(db: Kysely<Database>, id: string): Promise<CommunityProgramme | undefined> {
  const row = await programmes(db).where('id', '=', id).executeTakeFirst();
  return row && toProgramme(row);
}
