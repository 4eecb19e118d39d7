import type { FastifyRequest } from 'fastify';
import { HttpProblem } from '../http/http-problem';
import type { ClientAccess } from './client-access';
import { type ClientRowWithTherapist, findClient } from './scoped-client';

/**
 * The gate for every record that hangs off a client (network, notes, sessions, measures): the client
 * must be within the caller's scope for this kind of access. Outside it answers 404 like a missing
 * record; a record the caller may read but not change answers 403. Denials are audited. Call it
 * before opening the write's transaction; the write's own SQL still carries the scope.
 */
export async function requireClient(
  request: FastifyRequest,
  clientId: string,
  access: ClientAccess,
  recordType: string,
): Promise<ClientRowWithTherapist> {
  // Never inside a transaction: the denial's audit event must outlive the refused request.
  const executor = request.server.db;
  const user = request.auth!.user;
  const client = await findClient(executor, user, clientId, access);
  if (client) {
    return client;
  }
  await request.audit({ action: access === 'read' ? 'read' : 'write', recordType, recordId: clientId, outcome: 'denied' });
  const readable = access !== 'read' && (await findClient(executor, user, clientId, 'read'));
  throw readable ? HttpProblem.forbidden('You have read-only access to this client.') : HttpProblem.notFound();
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
