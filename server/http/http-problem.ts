import type { FieldError } from '@domain/validation/field-errors';

/**
 * An error that becomes an RFC 9457 problem document. Throw it from any handler or hook; the error
 * plugin turns it into the answer. Only 4xx problems carry their detail to the client.
 */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: readonly FieldError[],
    readonly headers: Readonly<Record<string, string>> = {},
    /** RFC 9457 extension members, e.g. `current` on a 409. */
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(detail ?? title);
  }

  static badRequest(errors: readonly FieldError[], detail = 'Some fields need attention.'): HttpProblem {
    return new HttpProblem(400, 'Invalid request', detail, errors);
  }

  static unauthorized(detail = 'Sign in to continue.'): HttpProblem {
    return new HttpProblem(401, 'Not signed in', detail);
  }

  static forbidden(detail = 'Your role does not allow this.'): HttpProblem {
    return new HttpProblem(403, 'Forbidden', detail);
  }

  /** Also the answer for records outside the caller's scope: they must look like missing ones. */
  static notFound(detail = 'No such record.'): HttpProblem {
    return new HttpProblem(404, 'Not found', detail);
  }

  static conflict(detail: string, errors?: readonly FieldError[]): HttpProblem {
    return new HttpProblem(409, 'Conflict', detail, errors);
  }

  /** A write based on an old version: answers the record as it is now, so the UI can show what changed. */
  static staleVersion(current: unknown): HttpProblem {
    return new HttpProblem(
      409,
      'Changed by someone else',
      'This record was changed after you opened it. Review the current version, then re-apply or discard your edit.',
      undefined,
      {},
      { current },
    );
  }
}

/** Problem `type` URIs are stable identifiers, relative to the API. */
export function problemType(status: number): string {
  return `/api/v1/problems/${status}`;
}
