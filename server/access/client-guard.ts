import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Audit } from '../audit/audit-log';
import type { Database } from '../db/database';
import { HttpProblem } from '../http/http-problem';
import { type Actor, actorOf, auditOf } from './actor';
import type { ClientAccess } from './client-access';
import { type ClientRowWithTherapist, findClient } from './scoped-client';

/**
 * The gate for every record that hangs off a client (network, notes, sessions, measures): the client
 * must be within the caller's scope for this kind of access. Outside it answers 404 like a missing
 * record; a record the caller may read but not change answers 403. Denials are audited. Call it
 * before opening the write's transaction; the write's own SQL still carries the scope.
 */
export async function requireClientAccess(
  db: Kysely<Database>,
  actor: Actor,
  audit: Audit,
  clientId: string,
  access: ClientAccess,
  recordType: string,
): Promise<ClientRowWithTherapist> {
  // Never inside a transaction: the denial's audit event must outlive the refused request.
  const client = await findClient(db, actor.user, clientId, access);
  if (client) {
    return client;
  }
  await audit({ action: access === 'read' ? 'read' : 'write', recordType, recordId: clientId, outcome: 'denied' });
  const readable = access !== 'read' && (await findClient(db, actor.user, clientId, 'read'));
  throw readable ? HttpProblem.forbidden('You have read-only access to this client.') : HttpProblem.notFound();
}

/** requireClientAccess for a route: the request's database, user and audit trail. */
export function requireClient(request: FastifyRequest, clientId: string, access: ClientAccess, recordType: string): Promise<ClientRowWithTherapist> {
  return requireClientAccess(request.server.db, actorOf(request), auditOf(request), clientId, access, recordType);
}

/** What a read of one client's record is, for requireClient and the audit trail. */
export interface ClientRecordRead {
  readonly clientId: string;
  /** The record type a refused read is audited under (requireClient). */
  readonly guardedAs: string;
  /** The record type and id a successful read is audited under. */
  readonly recordType: string;
  readonly recordId: string;
}

/**
 * Reads one record that hangs off a client: the client must be readable (requireClient), `load`
 * must find the record under that client (404 otherwise, like a record out of scope), and the read
 * is audited before the record is returned.
 */
export async function readClientRecord<T>(request: FastifyRequest, read: ClientRecordRead, load: () => Promise<T | undefined>): Promise<T> {
  await requireClient(request, read.clientId, 'read', read.guardedAs);
  const record = await load();
  if (record === undefined) {
    throw HttpProblem.notFound();
  }
  await request.audit({ action: 'read', recordType: read.recordType, recordId: read.recordId, outcome: 'success' });
  return record;
}
