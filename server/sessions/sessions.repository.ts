import type { Kysely } from 'kysely';
import type { FamilySession } from '@domain/sessions/family-session';
import type { AgendaEntry } from '@domain/sessions/session-views';
import { clientScope } from '../access/client-access';
import type { Database, UserRow } from '../db/database';
import { toFamilySession } from './session-mapping';

function findSession(db: Kysely<Database>, clientId: string, sessionId: string) {
  return db.selectFrom('family_sessions').selectAll().where('client_id', '=', clientId).where('id', '=', sessionId).executeTakeFirst();
}

export async function loadSession(db: Kysely<Database>, clientId: string, sessionId: string): Promise<FamilySession | undefined> {
  const row = await findSession(db, clientId, sessionId);
  return row && toFamilySession(row);
}

/** Whether the client has this session (a cheap check before reading what hangs off it). */
export async function sessionExists(db: Kysely<Database>, clientId: string, sessionId: string): Promise<boolean> {
  const row = await db.selectFrom('family_sessions').select('id').where('client_id', '=', clientId).where('id', '=', sessionId).executeTakeFirst();
  return row !== undefined;
}

/** Every session of the client, latest first. */
export async function sessionsOfClient(db: Kysely<Database>, clientId: string): Promise<FamilySession[]> {
  const rows = await db.selectFrom('family_sessions').selectAll().where('client_id', '=', clientId).orderBy('starts_at', 'desc').execute();
  return rows.map(toFamilySession);
}

/** Sessions of the client that have any follow-up at all (done or not). */
export async function sessionsWithFollowUps(db: Kysely<Database>, clientId: string): Promise<FamilySession[]> {
  const rows = await db
    .selectFrom('family_sessions')
    .selectAll()
    .where('client_id', '=', clientId)
    .where('follow_ups', '!=', '[]')
    .execute();
  return rows.map(toFamilySession);
}

/** The name the printout gives the session's clinician. */
export async function clinicianNameOf(db: Kysely<Database>, therapistId: string): Promise<string> {
  return (await db.selectFrom('users').select('name').where('id', '=', therapistId).executeTakeFirstOrThrow()).name;
}

/** The therapist's sessions across the clients they may read, between two dates (inclusive), soonest first. */
export async function agendaOf(db: Kysely<Database>, user: UserRow, from: string, to: string): Promise<AgendaEntry[]> {
  const rows = await db
    .selectFrom('family_sessions')
    .innerJoin('clients', 'clients.id', 'family_sessions.client_id')
    .selectAll('family_sessions')
    .select(['clients.preferred_name', 'clients.case_number'])
    .where('family_sessions.therapist_id', '=', user.id)
    .where(clientScope(user, 'read'))
    .where('family_sessions.starts_at', '>=', `${from}T00:00:00.000Z`)
    .where('family_sessions.starts_at', '<=', `${to}T23:59:59.999Z`)
    .orderBy('family_sessions.starts_at')
    .limit(500)
    .execute();
  return rows.map(({ preferred_name, case_number, ...row }) => ({
    session: toFamilySession(row),
    client: { id: row.client_id, preferredName: preferred_name, caseNumber: case_number },
  }));
}
