import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { ConsentStatus, SupportType, TieQuality, TieStrength, TreatmentInvolvement } from '@domain/network/network-codes';
import type { NetworkMemberFacts, NetworkMemberRevision } from '@domain/network/network-member';
import type { SummaryFacts } from '@domain/network/network-summary';
import type { Database, NetworkMemberRow } from '../db/database';

export function membersOfClient(db: Kysely<Database>, clientId: string): Promise<NetworkMemberRow[]> {
  return db.selectFrom('network_members').selectAll().where('client_id', '=', clientId).orderBy('name').orderBy('id').execute();
}

/**
 * Just the summary facts of several clients' members in the network on a date: the caseload's
 * network columns, without reading names, notes and scopes it never shows.
 */
export async function summaryFactsOfClients(db: Kysely<Database>, clientIds: readonly string[], onDate: string): Promise<Map<string, SummaryFacts[]>> {
  const byClient = new Map<string, SummaryFacts[]>(clientIds.map((id) => [id, []]));
  if (clientIds.length === 0) {
    return byClient;
  }
  const rows = await db
    .selectFrom('network_members')
    .select(['client_id', 'support_types', 'tie_strength', 'tie_quality', 'involvement', 'active_from', 'ended_on', 'consent_status', 'consent_given_on', 'consent_expires_on'])
    .where('client_id', 'in', [...clientIds])
    .where('active_from', '<=', onDate)
    .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>', onDate)]))
    .execute();
  for (const row of rows) {
    byClient.get(row.client_id)?.push({
      supportTypes: row.support_types ? (row.support_types.split(',') as SupportType[]) : [],
      tieStrength: row.tie_strength as TieStrength,
      tieQuality: row.tie_quality as TieQuality,
      involvement: row.involvement as TreatmentInvolvement,
      activeFrom: row.active_from,
      endedOn: row.ended_on,
      consent: { status: row.consent_status as ConsentStatus, givenOn: row.consent_given_on, expiresOn: row.consent_expires_on },
    });
  }
  return byClient;
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
