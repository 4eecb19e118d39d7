import type { Kysely } from 'kysely';
import type { Database, UserRow } from '../db/database';
import { HttpProblem } from '../http/http-problem';

export interface Team {
  readonly supervisorId: string;
  readonly supervisorName: string;
}

/**
 * Which team's dashboard a user may see: a supervisor only their own (any other answers 404 like an
 * out-of-scope record), an admin any (their own choice, else the first by name). Therapists never
 * reach this (the route requires supervisor or admin).
 */
export async function resolveTeam(db: Kysely<Database>, user: UserRow, requested: string | undefined): Promise<Team> {
  if (user.role === 'supervisor') {
    if (requested && requested !== user.id) {
      throw HttpProblem.notFound();
    }
    return { supervisorId: user.id, supervisorName: user.name };
  }
  let query = db.selectFrom('users').select(['id', 'name']).where('role', '=', 'supervisor');
  query = requested ? query.where('id', '=', requested) : query.orderBy('name').orderBy('id');
  const supervisor = await query.executeTakeFirst();
  if (!supervisor) {
    if (requested) {
      throw HttpProblem.notFound();
    }
    throw HttpProblem.conflict('No supervisor has been set up yet: create one in Accounts.');
  }
  return { supervisorId: supervisor.id, supervisorName: supervisor.name };
}

/** Teams a user may pick from. */
export async function selectableTeams(db: Kysely<Database>, user: UserRow): Promise<Team[]> {
  if (user.role === 'supervisor') {
    return [{ supervisorId: user.id, supervisorName: user.name }];
  }
  const rows = await db.selectFrom('users').select(['id', 'name']).where('role', '=', 'supervisor').orderBy('name').orderBy('id').execute();
  return rows.map((row) => ({ supervisorId: row.id, supervisorName: row.name }));
}

/**
 * A therapist filter must name a therapist of this team: an id nobody has is bad input (400), a
 * therapist of another team is out of scope (404).
 */
export async function checkTeamTherapist(db: Kysely<Database>, team: Team, therapistId: string): Promise<void> {
  const therapist = await db.selectFrom('users').select(['supervisor_id', 'role']).where('id', '=', therapistId).executeTakeFirst();
  if (!therapist || therapist.role !== 'therapist') {
    throw HttpProblem.badRequest([{ field: 'querystring.therapistId', message: 'No such therapist.' }]);
  }
  if (therapist.supervisor_id !== team.supervisorId) {
    throw HttpProblem.notFound();
  }
}
