import type { FastifyRequest } from 'fastify';
import type { Audit } from '../audit/audit-log';
import type { UserRow } from '../db/database';

/** Who changes a record, and when: what a write needs of the signed-in request, and no more. */
export interface Actor {
  readonly user: UserRow;
  /** The application clock's time when the request began to act (specs set the clock). */
  readonly now: Date;
}

/** The signed-in user of a route behind `requireRole`/`requireUser`, as an actor. */
export function actorOf(request: FastifyRequest): Actor {
  return { user: request.auth!.user, now: request.server.config.now() };
}

/** The request's audit trail as a plain function a write can call (user and address filled in). */
export function auditOf(request: FastifyRequest): Audit {
  return (entry, executor) => request.audit(entry, executor);
}
