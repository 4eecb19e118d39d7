import type { Kysely } from 'kysely';
import type { FamilySession } from '@domain/sessions/family-session';
import type { SessionRevision } from '@domain/sessions/session-views';
import { snapshotRevisions } from '../audit/record-history';
import type { Database } from '../db/database';

/** Every revision of a session, first first, with who recorded it and why. */
export async function sessionRevisions(db: Kysely<Database>, sessionId: string): Promise<SessionRevision[]> {
  const revisions = await snapshotRevisions(db, 'family_session_revisions', sessionId);
  return revisions.map(({ snapshot, ...revision }) => ({ ...revision, session: snapshot as FamilySession }));
}
