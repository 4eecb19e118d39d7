import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { HttpProblem } from '../http/http-problem';

const NOT_UTF8 = HttpProblem.badRequest([{ field: '(body)', message: 'Not valid UTF-8 text.' }], 'The request body is not valid UTF-8.');

/**
 * JSON bodies must be valid UTF-8: the default parser decodes leniently and would store U+FFFD in
 * place of the broken bytes, silently changing what the clinician typed. Decoding is strict here;
 * the parsing itself stays Fastify's own (with its prototype-poisoning checks).
 */
export const strictJson = fp(async (app: FastifyInstance) => {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string;
    try {
      text = decoder.decode(body as Buffer);
    } catch {
      done(NOT_UTF8, undefined);
      return;
    }
    parseJson(request, text, done);
  });
});
