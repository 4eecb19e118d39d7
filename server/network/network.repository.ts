import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { NetworkMemberFacts, NetworkMemberRevision } from '@domain/network/network-member';
import type { Database, NetworkMemberRow } from '../db/database';

export function membersOfClient(db: Kysely<Database>, clientId: string): Promise<NetworkMemberRow[]> {
  return db.selectFrom('network_members').selectAll().where('client_id', '=', clientId).orderBy('name').orderBy('id').execute();
}

export function findMember(db: Kysely<Database>, clientId: string, memberId: string): Promise<NetworkMemberRow | undefined> {
  return db.selectFrom('network_members').selectAll().where('client_id', '=', clientId).where('id', '=', memberId).executeTakeFirst();
}

export async function revisionsOfClient(db: Kysely<Database>, clientId: string): Promise<NetworkMemberRevision[]> {
  const rows = await db
    .selectFrom('network_member_revisions')
    .select(['member_id', 'version', 'effective_on', 'facts'])
    .where('client_id', '=', clientId)
    .execute();
  return rows.map((row) => ({
    memberId: row.member_id,
    version: row.version,
    effectiveOn: row.effective_on,
    facts: JSON.parse(row.facts) as NetworkMemberFacts,
  }));
}

export async function appendRevision(
  db: Kysely<Database>,
  revision: { memberId: string; clientId: string; version: number; effectiveOn: string; recordedAt: string; recordedBy: string; facts: NetworkMemberFacts },
): Promise<void> {
  await db
    .insertInto('network_member_revisions')
    .values({
      id: uuidv7(),
      member_id: revision.memberId,
      client_id: revision.clientId,
      version: revision.version,
      effective_on: revision.effectiveOn,
      recorded_at: revision.recordedAt,
      recorded_by: revision.recordedBy,
      facts: JSON.stringify(revision.facts),
    })
    .execute();
}
