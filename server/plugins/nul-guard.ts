import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { FieldError } from '@domain/validation/field-errors';
import { HttpProblem } from '../http/http-problem';

/**
 * A NUL character has no place in clinical text, and PostgreSQL refuses it in `text` (SQLite would
 * store it). Refused before validation, on both engines alike, with a 400 naming each field:
 * body fields by their own path, query and path parameters as `query.x` / `params.x`.
 */
export const nulGuard = fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', async (request) => {
    const errors = [
      ...fieldsWithNul(request.params, 'params'),
      ...fieldsWithNul(request.query, 'query'),
      ...fieldsWithNul(request.body, ''),
    ].map((field): FieldError => ({ field: field === '' ? '(body)' : field, message: 'Contains a NUL character, which is not allowed.' }));
    if (errors.length > 0) {
      throw HttpProblem.badRequest(errors);
    }
  });
});

/** Dotted paths of every string (value or key) containing U+0000 inside `value`. */
export function fieldsWithNul(value: unknown, path: string): string[] {
  if (typeof value === 'string') {
    return value.includes('\u0000') ? [path] : [];
  }
  if (value === null || typeof value !== 'object') {
    return [];
  }
  return Object.entries(value).flatMap(([key, inner]) => {
    const innerPath = path === '' ? key : `${path}.${key}`;
    return key.includes('\u0000') ? [innerPath] : fieldsWithNul(inner, innerPath);
  });
}
