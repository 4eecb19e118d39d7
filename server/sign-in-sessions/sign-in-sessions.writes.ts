import type { Kysely } from 'kysely';
import type { Actor } from '../access/actor';
import { hashPassword } from '../accounts/password-hashing';
import type { Audit } from '../audit/audit-log';
import type { Database, UserRow } from '../db/database';
import { deleteOtherSignInSessions } from './sign-in-session-store';

/**
 * Stores the actor's new password (already screened) and signs out every other sign-in session of
 * theirs, which still holds the old password; the one they use (`keepSessionId`) stays.
 */
export async function changeOwnPassword(db: Kysely<Database>, actor: Actor, audit: Audit, keepSessionId: string, newPassword: string): Promise<UserRow> {
  const now = actor.now.toISOString();
  const passwordHash = await hashPassword(newPassword);
  const updated = await db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('users')
      .set((eb) => ({ password_hash: passwordHash, must_change_password: 0, version: eb('version', '+', 1), updated_at: now }))
      .where('id', '=', actor.user.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    // Anyone holding another session with the old password is signed out.
    await deleteOtherSignInSessions(trx, actor.user.id, keepSessionId);
    return row;
  });
  await audit({ action: 'password-change', recordType: 'user', recordId: actor.user.id, outcome: 'success' });
  return updated;
}
