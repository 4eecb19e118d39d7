import type { Kysely } from 'kysely';
import type { Account, TherapistOption } from '@domain/accounts/account';
import type { AccountListQuery } from '@domain/accounts/account-requests';
import type { SessionUser } from '@domain/accounts/session-info';
import { assignableTherapists } from '../access/client-access';
import type { Database, UserRow } from '../db/database';
import { fromFlag } from '../db/flag';
import { toAccount } from './account-mapping';

export function findActiveAccountByEmail(db: Kysely<Database>, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).where('active', '=', 1).executeTakeFirst();
}

export async function countAccounts(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow();
  // PostgreSQL answers count(*) as a string.
  return Number(row.count);
}

export function toSessionUser(row: UserRow): SessionUser {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    mustChangePassword: fromFlag(row.must_change_password),
    isDemo: fromFlag(row.is_demo),
  };
}

function accountsQuery(db: Kysely<Database>) {
  return db
    .selectFrom('users')
    .leftJoin('users as supervisor', 'supervisor.id', 'users.supervisor_id')
    .selectAll('users')
    .select('supervisor.name as supervisor_name');
}

export async function loadAccount(db: Kysely<Database>, id: string): Promise<Account | undefined> {
  const row = await accountsQuery(db).where('users.id', '=', id).executeTakeFirst();
  return row && toAccount(row);
}

/** One page of accounts, filtered by role, activity and a name or email search. */
export async function listAccounts(db: Kysely<Database>, listQuery: AccountListQuery): Promise<{ items: Account[]; total: number }> {
  const { page, pageSize, role, active, search } = listQuery;
  let query = accountsQuery(db);
  if (role !== 'all') {
    query = query.where('users.role', '=', role);
  }
  if (active !== 'all') {
    query = query.where('users.active', '=', active === 'true' ? 1 : 0);
  }
  if (search) {
    const pattern = `%${search.toLowerCase()}%`;
    query = query.where((eb) => eb.or([eb(eb.fn('lower', ['users.name']), 'like', pattern), eb('users.email', 'like', pattern)]));
  }
  const [rows, count] = await Promise.all([
    query.orderBy('users.name').orderBy('users.id').limit(pageSize).offset((page - 1) * pageSize).execute(),
    query.clearSelect().select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toAccount), total: Number(count.count) };
}

/** Therapists the user may assign clients to (admin: all active; supervisor: their team). */
export async function listAssignableTherapists(db: Kysely<Database>, user: UserRow): Promise<TherapistOption[]> {
  const rows = await db.selectFrom('users').select(['id', 'name', 'supervisor_id']).where(assignableTherapists(user)).orderBy('name').execute();
  return rows.map((row) => ({ id: row.id, name: row.name, supervisorId: row.supervisor_id }));
}

export async function hasDemoAccounts(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom('users').select('id').where('is_demo', '=', 1).limit(1).execute()).length > 0;
}

/** Active demo accounts, for the start-up banner. */
export function listDemoLogins(db: Kysely<Database>): Promise<{ email: string; role: UserRow['role'] }[]> {
  return db.selectFrom('users').select(['email', 'role']).where('is_demo', '=', 1).where('active', '=', 1).orderBy('email').execute();
}
