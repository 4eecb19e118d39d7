import type { Kysely } from 'kysely';
import type { ClientRow, Database, UserRow } from '../db/database';
import { type ClientAccess, clientScope } from './client-access';

/** A client with its therapist's name: what the client guard hands every slice that hangs off a client. */
export type ClientRowWithTherapist = ClientRow & { therapist_name: string };

function clientsWithTherapist(db: Kysely<Database>) {
  return db
    .selectFrom('clients')
    .innerJoin('users as therapist', 'therapist.id', 'clients.therapist_id')
    .selectAll('clients')
    .select('therapist.name as therapist_name');
}

/** One client, if it lies within the user's scope for this kind of access (the guard and the clients slice both read it). */
export function findClient(
  db: Kysely<Database>,
  user: UserRow,
  id: string,
  access: ClientAccess,
): Promise<ClientRowWithTherapist | undefined> {
  return clientsWithTherapist(db).where('clients.id', '=', id).where(clientScope(user, access)).executeTakeFirst();
}
