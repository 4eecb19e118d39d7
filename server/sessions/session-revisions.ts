import type { Kysely } from 'kysely';
import type { FamilySession } from '@domain/sessions/family-session';
import type { SessionRevision } from '@domain/sessions/session-views';
import type { Database } from '../db/database';

/** Every revision of a session, first first, with who recorded it and why. */
export async function sessionRevisions(db: Kysely<Database>, sessionId: string): Promise<SessionRevision[]> {
  const rows = await db
    .selectFrom('family_session_revisions')
    .innerJoin('users', 'users.id', 'family_session_revisions.recorded_by')
    .select(['family_session_revisions.version', 'family_session_revisions.recorded_at', 'family_session_revisions.reason', 'family_session_revisions.snapshot', 'users.name as recorded_by_name'])
    .where('family_session_revisions.session_id', '=', sessionId)
    .orderBy('family_session_revisions.version')
    .execute();
  return rows.map((row) => ({
    version: row.version,
    recordedAt: row.recorded_at,
    recordedByName: row.recorded_by_name,
    reason: row.reason,
    session: JSON.parse(row.snapshot) as FamilySession,
  }));
}
