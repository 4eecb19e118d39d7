import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * What the server log may say about a request, an answer and an error. The log must never carry
 * names, emails, case numbers or clinical text, and those travel in URLs (search queries, path
 * segments that fail validation), bodies and database error details. So these serializers name
 * what is logged, field by field, instead of redacting what is known to be dangerous:
 * - a request is its method, route pattern (`/api/v1/clients/:id`, never the URL) and request id;
 * - an answer is its status and the signed-in user's opaque id;
 * - a database error is its code and constraint name; its message and `detail` (PostgreSQL's
 *   `Key (lower(case_number))=(…) already exists`) are dropped.
 */
export const logSerializers = {
  req: serializeRequest,
  res: serializeReply,
  err: serializeError,
};

export type LoggedRequest = {
  readonly method: string;
  /** The route pattern the router matched; null when no route matched. */
  readonly route: string | null;
};

export function serializeRequest(request: FastifyRequest): LoggedRequest {
  return { method: request.method, route: request.routeOptions?.url ?? null };
}

export type LoggedReply = {
  readonly statusCode: number;
  readonly userId: string | null;
};

export function serializeReply(reply: Partial<FastifyReply> & Pick<FastifyReply, 'statusCode'>): LoggedReply {
  return { statusCode: reply.statusCode, userId: reply.request?.auth?.user.id ?? null };
}

export type LoggedError = {
  readonly type: string;
  readonly code?: string;
  readonly constraint?: string;
  readonly statusCode?: number;
  readonly message: string;
  readonly stack: string;
};

/**
 * Errors of our own code keep message and stack (they are written by us, not from input);
 * database errors keep only what identifies the failure. The stack's first line repeats the
 * message, so a database error's stack starts at its frames.
 */
export function serializeError(error: unknown): LoggedError {
  if (!(error instanceof Error)) {
    return { type: typeof error, message: 'a thrown non-error (withheld)', stack: '' };
  }
  const fields = error as Error & { code?: unknown; constraint?: unknown; statusCode?: unknown };
  const identity = {
    type: error.name || error.constructor.name,
    ...(typeof fields.code === 'string' ? { code: fields.code } : {}),
    ...(typeof fields.constraint === 'string' ? { constraint: fields.constraint } : {}),
    ...(typeof fields.statusCode === 'number' ? { statusCode: fields.statusCode } : {}),
  };
  if (isDatabaseError(error)) {
    return { ...identity, message: `database error ${identity.code ?? ''} (message and detail withheld)`, stack: framesOf(error.stack) };
  }
  return { ...identity, message: error.message, stack: error.stack ?? '' };
}

/** pg's DatabaseError (a 5-character SQLSTATE with a severity) or better-sqlite3's SqliteError. */
function isDatabaseError(error: Error): boolean {
  const fields = error as Error & { code?: unknown; severity?: unknown };
  return (
    error.name === 'SqliteError' ||
    error.constructor.name === 'DatabaseError' ||
    (typeof fields.severity === 'string' && typeof fields.code === 'string' && /^[0-9A-Z]{5}$/.test(fields.code))
  );
}

function framesOf(stack: string | undefined): string {
  return (stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
}
