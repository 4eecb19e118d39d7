import { type ExpressionBuilder, type Expression, type SqlBool, sql } from 'kysely';
import type { Database, UserRow } from '../db/database';

/**
 * The one module that says who may do what with a client record. Every client-scoped route narrows
 * its SQL with these expressions, so a record outside one's scope is never fetched at all, and it
 * answers 404 exactly like a missing one.
 *
 * - therapist: reads and writes their own clients;
 * - supervisor: reads their team's clients (never writes clinical content), may reassign them;
 * - admin: sees assignment facts only (names, case number, therapist), may reassign any client.
 */
export type ClientAccess = 'read' | 'write' | 'assign';

type ClientsExpressionBuilder = ExpressionBuilder<Database, 'clients'>;

const NOTHING = sql<SqlBool>`1 = 0`;
const EVERYTHING = sql<SqlBool>`1 = 1`;

export function clientScope(user: UserRow, access: ClientAccess) {
  return (eb: ClientsExpressionBuilder): Expression<SqlBool> => {
    switch (user.role) {
      case 'therapist':
        return access === 'assign' ? NOTHING : eb('clients.therapist_id', '=', user.id);
      case 'supervisor':
        return access === 'write'
          ? NOTHING
          : eb('clients.therapist_id', 'in', eb.selectFrom('users').select('users.id').where('users.supervisor_id', '=', user.id));
      case 'admin':
        return access === 'write' ? NOTHING : EVERYTHING;
    }
  };
}

/** Whether the user may read clinical content (date of birth, concerns, consent, notes...). */
export function readsClinicalContent(user: UserRow): boolean {
  return user.role !== 'admin';
}

/** Therapists a user may assign clients to: any active therapist (admin) or their own team (supervisor). */
export function assignableTherapists(user: UserRow) {
  return (eb: ExpressionBuilder<Database, 'users'>): Expression<SqlBool> => {
    const activeTherapist = eb.and([eb('users.role', '=', 'therapist'), eb('users.active', '=', 1)]);
    switch (user.role) {
      case 'admin':
        return activeTherapist;
      case 'supervisor':
        return eb.and([activeTherapist, eb('users.supervisor_id', '=', user.id)]);
      case 'therapist':
        return NOTHING;
    }
  };
}
