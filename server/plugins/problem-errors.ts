import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { ZodError } from 'zod';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { PROBLEM_CONTENT_TYPE } from '@domain/problem/problem-guard';
import { type FieldError, fieldErrorsOf } from '@domain/validation/field-errors';
import { HttpProblem, problemType } from '../http/http-problem';

/**
 * One error handler for the whole API: every failure leaves as a problem document; 5xx details
 * (stack traces, SQL) are logged, never sent.
 */
export const problemErrors = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error);
    if (problem.status >= 500) {
      request.log.error({ err: error }, 'request failed');
    }
    if (error instanceof HttpProblem) {
      void reply.headers(error.headers);
    }
    return sendProblem(reply, problem);
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, {
      type: problemType(404),
      title: 'Not found',
      status: 404,
      detail: `No route for ${request.method} ${request.url.split('?')[0]}.`,
    }),
  );
});

export function sendProblem(reply: FastifyReply, problem: ProblemDocument): FastifyReply {
  return reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).send(problem);
}

function toProblem(error: FastifyError): ProblemDocument {
  if (error instanceof HttpProblem) {
    return { ...withType({ title: error.title, status: error.status, detail: error.detail, errors: error.errors }), ...error.extensions };
  }
  if (error instanceof ZodError) {
    return withType({
      title: 'Invalid request',
      status: 400,
      detail: 'Some fields need attention.',
      errors: fieldErrorsOf(error).map((fieldError) => inContext(fieldError, error)),
    });
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return withType({
        title: 'Invalid request',
        status: 400,
        detail: 'The request body is not valid JSON.',
        errors: [{ field: '(body)', message: 'Not valid JSON.' }],
      });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return withType({ title: 'Request too large', status: 413, detail: 'The request body is too large.' });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return withType({ title: 'Unsupported media type', status: 415, detail: 'Send JSON (application/json).' });
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return withType({ title: 'Invalid request', status, detail: error.message });
  }
  return withType({ title: 'Internal server error', status: 500, detail: 'Something went wrong on our side. Nothing was saved.' });
}

/** Path and query errors are named by their place, e.g. `params.clientId`; body fields stand alone. */
function inContext(fieldError: FieldError, error: ZodError): FieldError {
  const context = (error as ZodError & { validationContext?: string }).validationContext;
  return context && context !== 'body' ? { ...fieldError, field: `${context}.${fieldError.field}` } : fieldError;
}

function withType(problem: Omit<ProblemDocument, 'type'>): ProblemDocument {
  const { detail, errors, ...rest } = problem;
  return {
    type: problemType(problem.status),
    ...rest,
    ...(detail ? { detail } : {}),
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}
