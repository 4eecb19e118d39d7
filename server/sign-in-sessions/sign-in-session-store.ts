import type { Kysely } from 'kysely';
import { compiledOnce } from '../db/compiled-once';
import type { AppConfig } from '../config';
import type { Database, PendingStep, UserRow } from '../db/database';
import { newToken, sha256 } from './session-tokens';

export interface SignInSession {
  readonly id: string;
  readonly user: UserRow;
  readonly csrfToken: string;
  readonly lastSeenAt: string;
  readonly absoluteExpiresAt: string;
  /** Not null while the second sign-in step is owed (see plugins/sign-in-sessions.ts). */
  readonly pendingStep: PendingStep | null;
}

export interface CreatedSignInSession {
  readonly token: string;
  readonly csrfToken: string;
  readonly absoluteExpiresAt: string;
}

type SessionTimes = AppConfig['session'];

/** Sessions live in the database so that any API instance can serve any request. */
export async function createSignInSession(
  db: Kysely<Database>,
  userId: string,
  now: Date,
  times: SessionTimes,
  pendingStep: PendingStep | null = null,
): Promise<CreatedSignInSession> {
  const token = newToken();
  const csrfToken = newToken();
  const absoluteExpiresAt = new Date(now.getTime() + times.absoluteTimeoutSeconds * 1000).toISOString();
  await db
    .insertInto('sign_in_sessions')
    .values({
      id: sha256(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      absolute_expires_at: absoluteExpiresAt,
      pending_step: pendingStep,
    })
    .execute();
  return { token, csrfToken, absoluteExpiresAt };
}

export type SignInSessionLookup =
  | { readonly state: 'active'; readonly session: SignInSession }
  | { readonly state: 'expired'; readonly userId: string }
  | { readonly state: 'none' };

/** Every signed-in request runs this: compiled once (db/compiled-once.ts). */
const sessionWithUser = compiledOnce((db, id: string) =>
  db
    .selectFrom('sign_in_sessions')
    .innerJoin('users', 'users.id', 'sign_in_sessions.user_id')
    .selectAll('users')
    .select([
      'sign_in_sessions.csrf_token as session_csrf_token',
      'sign_in_sessions.last_seen_at as session_last_seen_at',
      'sign_in_sessions.absolute_expires_at as session_absolute_expires_at',
      'sign_in_sessions.pending_step as session_pending_step',
    ])
    .where('sign_in_sessions.id', '=', id),
);

/** Finds the session behind a cookie token; an expired one is deleted on sight. */
export async function findSignInSession(
  db: Kysely<Database>,
  token: string,
  now: Date,
  times: SessionTimes,
): Promise<SignInSessionLookup> {
  const id = sha256(token);
  const [row] = (await sessionWithUser(db, id)).rows;
  if (!row) {
    return { state: 'none' };
  }
  const { session_csrf_token, session_last_seen_at, session_absolute_expires_at, session_pending_step, ...user } = row;
  const idleDeadline = Date.parse(session_last_seen_at) + times.idleTimeoutSeconds * 1000;
  const expired = now.getTime() >= idleDeadline || now.getTime() >= Date.parse(session_absolute_expires_at);
  if (expired || user.active !== 1) {
    await deleteSignInSession(db, id);
    return { state: 'expired', userId: user.id };
  }
  return {
    state: 'active',
    session: {
      id,
      user,
      csrfToken: session_csrf_token,
      lastSeenAt: session_last_seen_at,
      absoluteExpiresAt: session_absolute_expires_at,
      pendingStep: session_pending_step,
    },
  };
}

/**
 * Moves the idle deadline. Writes at most every few seconds per session: the idle timeout is
 * minutes long, and a write on every request would make reads pay for it.
 */
export async function touchSignInSession(db: Kysely<Database>, session: SignInSession, now: Date): Promise<void> {
  if (now.getTime() - Date.parse(session.lastSeenAt) < 5_000) {
    return;
  }
  await db.updateTable('sign_in_sessions').set({ last_seen_at: now.toISOString() }).where('id', '=', session.id).execute();
}

export async function deleteSignInSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('sign_in_sessions').where('id', '=', id).execute();
}

export async function deleteOtherSignInSessions(db: Kysely<Database>, userId: string, keepId: string): Promise<void> {
  await db.deleteFrom('sign_in_sessions').where('user_id', '=', userId).where('id', '!=', keepId).execute();
}
