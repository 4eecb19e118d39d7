import type { Kysely } from 'kysely';
import type { UpdateAccountRequest } from '@domain/accounts/account-requests';
import type { FieldError } from '@domain/validation/field-errors';
import type { Database, UserRow } from '../db/database';

/**
 * Checks an account change against the clinic's standing rules and answers what would break:
 * the clinic keeps at least one active admin; a supervisor with a team, or a therapist with open
 * clients, must hand them over before changing role or leaving.
 */
export async function accountChangeConflicts(
  db: Kysely<Database>,
  before: UserRow,
  change: UpdateAccountRequest,
): Promise<FieldError[]> {
  const conflicts: FieldError[] = [];
  const leavesRole = (role: UserRow['role']) => before.role === role && before.active === 1 && (!change.active || change.role !== role);

  if (leavesRole('admin')) {
    const admins = await countWhere(db, (q) => q.where('role', '=', 'admin').where('active', '=', 1));
    if (admins <= 1) {
      conflicts.push({ field: change.active ? 'role' : 'active', message: 'The clinic needs at least one active administrator.' });
    }
  }
  if (leavesRole('supervisor')) {
    const team = await countWhere(db, (q) => q.where('supervisor_id', '=', before.id).where('active', '=', 1));
    if (team > 0) {
      conflicts.push({ field: change.active ? 'role' : 'active', message: `Move this supervisor's ${team} therapist(s) to another team first.` });
    }
  }
  if (leavesRole('therapist')) {
    const open = await db
      .selectFrom('clients')
      .select((eb) => eb.fn.countAll().as('count'))
      .where('therapist_id', '=', before.id)
      .where('status', '!=', 'discharged')
      .executeTakeFirstOrThrow();
    if (Number(open.count) > 0) {
      conflicts.push({ field: change.active ? 'role' : 'active', message: `Reassign this therapist's ${Number(open.count)} open client(s) first.` });
    }
  }
  if (change.supervisorId === before.id) {
    conflicts.push({ field: 'supervisorId', message: 'Nobody can be their own supervisor.' });
  } else if (change.supervisorId && change.supervisorId !== before.supervisor_id) {
    const supervisor = await countWhere(db, (q) =>
      q.where('id', '=', change.supervisorId!).where('role', '=', 'supervisor').where('active', '=', 1),
    );
    if (supervisor === 0) {
      conflicts.push({ field: 'supervisorId', message: 'Not an active supervisor.' });
    }
  }
  return conflicts;
}


async function countWhere(
  db: Kysely<Database>,
  narrow: (query: ReturnType<typeof usersCount>) => ReturnType<typeof usersCount>,
): Promise<number> {
  const row = await narrow(usersCount(db)).executeTakeFirstOrThrow();
  return Number(row.count);
}

function usersCount(db: Kysely<Database>) {
  return db.selectFrom('users').select((eb) => eb.fn.countAll().as('count'));
}

