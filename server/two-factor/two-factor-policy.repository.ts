import type { Kysely } from 'kysely';
import { ROLES, type Role } from '@domain/accounts/role';
import type { TwoFactorPolicy, TwoFactorPolicyRequest } from '@domain/accounts/two-factor';
import type { Database } from '../db/database';

/** No row yet (a new or demo clinic): nobody is required to use two-factor sign-in. */
const NO_REQUIREMENT: TwoFactorPolicy = { requiredFor: 'none', roles: [], version: 1 };

export async function loadTwoFactorPolicy(db: Kysely<Database>): Promise<TwoFactorPolicy> {
  const row = await db.selectFrom('two_factor_policy').selectAll().where('id', '=', 'clinic').executeTakeFirst();
  if (!row) {
    return NO_REQUIREMENT;
  }
  const roles = row.roles.split(',').filter((role): role is Role => (ROLES as readonly string[]).includes(role));
  return { requiredFor: row.required_for, roles, version: row.version };
}

/** Saves the policy if `version` is current; answers the saved policy, or null when stale. */
export async function saveTwoFactorPolicy(
  db: Kysely<Database>,
  request: TwoFactorPolicyRequest,
  userId: string,
  now: Date,
): Promise<TwoFactorPolicy | null> {
  const roles = request.requiredFor === 'roles' ? ROLES.filter((role) => request.roles.includes(role)) : [];
  const values = { required_for: request.requiredFor, roles: roles.join(','), updated_at: now.toISOString(), updated_by: userId };
  if (request.version === 1) {
    // The first save creates the row; a concurrent first save loses on the primary key.
    const inserted = await db
      .insertInto('two_factor_policy')
      .values({ id: 'clinic', ...values, version: 2 })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) {
      return { requiredFor: request.requiredFor, roles, version: 2 };
    }
    return null;
  }
  const updated = await db
    .updateTable('two_factor_policy')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', 'clinic')
    .where('version', '=', request.version)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1 ? { requiredFor: request.requiredFor, roles, version: request.version + 1 } : null;
}
