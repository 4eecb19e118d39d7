import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Database, UserRow } from '../db/database';

/**
 * Who may do what with a group the clinic runs (issue #16). A group's facts (name, schedule,
 * facilitators) are no client record and any member of staff reads them; its roster, meetings and
 * attendance are, and only its facilitators reach them: every roster and meeting query narrows by
 * `runsGroup`, so a group one does not run is answered 404 like a missing one. A client's own group
 * record reaches their therapist and supervisor through the client scope (client-access.ts).
 */
type GroupsExpressionBuilder = ExpressionBuilder<Database, 'clinic_groups'>;

const NOTHING = sql<SqlBool>`1 = 0`;

/** Groups the user facilitates. */
export function runsGroup(user: UserRow) {
  return (eb: GroupsExpressionBuilder): Expression<SqlBool> =>
    eb('clinic_groups.id', 'in', eb.selectFrom('group_facilitators').select('group_facilitators.group_id').where('group_facilitators.user_id', '=', user.id));
}

/** Groups whose facts the user may change: an administrator any, a supervisor those they created. */
export function editsGroup(user: UserRow) {
  return (eb: GroupsExpressionBuilder): Expression<SqlBool> => {
    switch (user.role) {
      case 'admin':
        return sql<SqlBool>`1 = 1`;
      case 'supervisor':
        return eb('clinic_groups.created_by', '=', user.id);
      case 'therapist':
        return NOTHING;
    }
  };
}

/** Who may create groups. */
export function createsGroups(user: UserRow): boolean {
  return user.role === 'admin' || user.role === 'supervisor';
}
