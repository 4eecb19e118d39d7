import type { Account } from '@domain/accounts/account';
import type { UserRow } from '../db/database';
import { fromFlag } from '../db/flag';

export function toAccount(row: UserRow & { supervisor_name: string | null }): Account {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    supervisorId: row.supervisor_id,
    supervisorName: row.supervisor_name,
    active: fromFlag(row.active),
    mustChangePassword: fromFlag(row.must_change_password),
    isDemo: fromFlag(row.is_demo),
    version: row.version,
  };
}
