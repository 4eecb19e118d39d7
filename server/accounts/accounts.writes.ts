import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Account, PasswordResetResult } from '@domain/accounts/account';
import type { CreateAccountRequest, UpdateAccountRequest } from '@domain/accounts/account-requests';
import type { Actor } from '../access/actor';
import type { Audit } from '../audit/audit-log';
import type { Database } from '../db/database';
import { toFlag } from '../db/flag';
import { conflictOnUniqueViolation } from '../db/unique-violation';
import { HttpProblem } from '../http/http-problem';
import { accountChangeConflicts } from './account-rules';
import { loadAccount } from './accounts.repository';
import { hashPassword } from './password-hashing';

/** A one-time password the user must replace at next sign-in: 120 random bits, URL-safe. */
function temporaryPassword(): string {
  return randomBytes(15).toString('base64url');
}

/** Creates an account with a temporary password, which is returned once and stored only hashed. */
export async function createAccount(db: Kysely<Database>, actor: Actor, audit: Audit, body: CreateAccountRequest): Promise<Account & PasswordResetResult> {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const id = uuidv7();
  const now = actor.now.toISOString();
  // A concurrent create with the same email passes the check on PostgreSQL and fails on the index: the same 409.
  const emailTaken = () => HttpProblem.conflict('Emails are unique.', [{ field: 'email', message: 'An account with this email exists.' }]);
  await conflictOnUniqueViolation(() => db.transaction().execute(async (trx) => {
    if (await trx.selectFrom('users').select('id').where('email', '=', body.email).executeTakeFirst()) {
      throw emailTaken();
    }
    if (body.supervisorId) {
      const supervisor = await trx
        .selectFrom('users')
        .select('id')
        .where('id', '=', body.supervisorId)
        .where('role', '=', 'supervisor')
        .where('active', '=', 1)
        .executeTakeFirst();
      if (!supervisor) {
        throw HttpProblem.badRequest([{ field: 'supervisorId', message: 'Not an active supervisor.' }]);
      }
    }
    await trx
      .insertInto('users')
      .values({
        id,
        name: body.name,
        email: body.email,
        role: body.role,
        supervisor_id: body.supervisorId,
        active: 1,
        password_hash: passwordHash,
        must_change_password: 1,
        is_demo: 0,
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await audit({ action: 'create', recordType: 'user', recordId: id, outcome: 'success' }, trx);
  }), emailTaken);
  return { ...(await loadAccount(db, id))!, temporaryPassword: password };
}

/** Changes name, role, team or activity at the version the admin saw; deactivating signs the user out. */
export function updateAccount(db: Kysely<Database>, actor: Actor, audit: Audit, id: string, change: UpdateAccountRequest): Promise<Account> {
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) {
      throw HttpProblem.notFound();
    }
    if (before.version !== change.version) {
      throw HttpProblem.staleVersion(await loadAccount(trx, id));
    }
    const conflicts = await accountChangeConflicts(trx, before, change);
    if (conflicts.length > 0) {
      throw HttpProblem.conflict('This change would break a clinic rule.', conflicts);
    }
    const result = await trx
      .updateTable('users')
      .set({
        name: change.name,
        role: change.role,
        supervisor_id: change.supervisorId,
        active: toFlag(change.active),
        version: change.version + 1,
        updated_at: actor.now.toISOString(),
      })
      .where('id', '=', id)
      .where('version', '=', change.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) {
      throw HttpProblem.staleVersion(await loadAccount(trx, id));
    }
    if (!change.active) {
      await trx.deleteFrom('sign_in_sessions').where('user_id', '=', id).execute();
    }
    const fields = [
      before.name !== change.name && 'name',
      before.role !== change.role && 'role',
      before.supervisor_id !== change.supervisorId && 'supervisorId',
      (before.active === 1) !== change.active && 'active',
    ].filter((field): field is string => typeof field === 'string');
    await audit({ action: 'update', recordType: 'user', recordId: id, outcome: 'success', fields }, trx);
    return (await loadAccount(trx, id))!;
  });
}

/** Replaces the password with a temporary one and signs out whoever holds the old password's sessions. */
export async function resetPassword(db: Kysely<Database>, actor: Actor, audit: Audit, id: string): Promise<PasswordResetResult> {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('users')
      .set((eb) => ({
        password_hash: passwordHash,
        must_change_password: 1,
        version: eb('version', '+', 1),
        updated_at: actor.now.toISOString(),
      }))
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) {
      throw HttpProblem.notFound();
    }
    // Whoever holds the old password's sessions is signed out.
    await trx.deleteFrom('sign_in_sessions').where('user_id', '=', id).execute();
    await audit({ action: 'password-reset', recordType: 'user', recordId: id, outcome: 'success' }, trx);
  });
  return { temporaryPassword: password };
}
