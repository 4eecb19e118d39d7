import type { Kysely } from 'kysely';
import type { ClientRecord } from '@domain/clients/complete-record';
import { todayIsoDate } from '@domain/common/iso-date';
import type { ClientRowWithTherapist } from '../access/scoped-client';
import { toClient } from '../clients/client-mapping';
import { concernsOf } from '../clients/clients.repository';
import type { AppConfig } from '../config';
import type { Database } from '../db/database';
import { clientsWithRiskNoted, indicatorsFromStatus, measureStatusOf } from '../measures/measure-status';
import { measuresOfClient } from '../measures/measures.repository';
import { toNetworkMember } from '../network/network-mapping';
import { membersOfClient, revisionsOfClient } from '../network/network.repository';
import { listNotes, noteRevisionsOfClient } from '../notes/notes.repository';
import { sessionsOfClient } from '../sessions/sessions.repository';

/** More notes than any client has: the complete record reads them all. */
const ALL_NOTES = 100_000;

/**
 * Everything held about one client, read through each slice's own repository (the guard has
 * already found the client in the caller's scope). Measures and flags as the measures tab reads them.
 */
export async function loadClientRecord(
  db: Kysely<Database>,
  row: ClientRowWithTherapist,
  config: Pick<AppConfig, 'now' | 'reassessmentDays'>,
): Promise<ClientRecord> {
  const clientId = row.id;
  const [concerns, memberRows, memberRevisions, notes, revisions, sessions, measures, status, riskNoted] = await Promise.all([
    concernsOf(db, [clientId]),
    membersOfClient(db, clientId),
    revisionsOfClient(db, clientId),
    listNotes(db, clientId, 1, ALL_NOTES),
    noteRevisionsOfClient(db, clientId),
    sessionsOfClient(db, clientId),
    measuresOfClient(db, clientId, 'all'),
    measureStatusOf(db, [clientId]),
    clientsWithRiskNoted(db, [clientId]),
  ]);
  const indicators = indicatorsFromStatus(
    status.get(clientId),
    row,
    { today: todayIsoDate(config.now()), reassessmentDays: config.reassessmentDays },
    riskNoted.has(clientId),
  );
  return {
    client: toClient(row, concerns.get(clientId) ?? []),
    members: memberRows.map((member) => toNetworkMember(member)),
    memberRevisions: [...memberRevisions].sort((a, b) => a.memberId.localeCompare(b.memberId) || a.version - b.version),
    notes: notes.items.map((note) => ({ note, revisions: revisions.get(note.id) ?? [] })),
    sessions,
    measures,
    flags: indicators.flags,
  };
}

/** Names of the clinicians a record refers to by id (therapists, co-facilitators, risk reviewers). */
export async function clinicianNames(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((user) => [user.id, user.name]));
}
