import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { isApiRequest } from '../http/api-path';
import { HttpProblem } from '../http/http-problem';
import { isAnswerPageAddress } from './answer-page';
import { loadFirstPagePreloads } from './first-page-preloads';

const NONCE_PLACEHOLDER = /CSP_NONCE/g;

/**
 * Serves the built Angular app: hashed assets with long caching, and index.html (with this request's
 * CSP nonce written in) for every other GET that is not an API call, so deep links work.
 */
export const spa = fp(async (app: FastifyInstance, options: { directory: string }) => {
  const root = resolve(options.directory);
  const indexPath = join(root, 'index.html');
  if (!existsSync(indexPath)) {
    app.log.warn({ root }, 'SPA build not found; serving the API only (run `npm run build`)');
    return;
  }
  const indexHtml = readFileSync(indexPath, 'utf8');
  const preloadsFor = loadFirstPagePreloads(root);

  await app.register(fastifyStatic, {
    root,
    index: false,
    wildcard: false,
    // Angular's file names carry a content hash; index.html is answered below and never cached.
    immutable: true,
    // `npm run build` writes .br and .gz beside each file (tools/precompress.mjs); the best one the
    // browser accepts is sent, with Vary: Accept-Encoding. Nothing is compressed per request.
    preCompressed: true,
    maxAge: '365d',
    // Immutable files are never revalidated, so validators would only add bytes to every file.
    etag: false,
    lastModified: false,
  });

  const sendIndex = (request: FastifyRequest, reply: FastifyReply) => {
    // After the main bundle's script tag, so that over HTTP/1.1 it is asked for first.
    const preloads = preloadsFor(request.url);
    return reply
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(indexHtml.replace(NONCE_PLACEHOLDER, reply.cspNonce).replace('</body>', `${preloads}</body>`));
  };

  app.get('/', sendIndex);
  // Static files are registered one route each, so this wildcard only sees client-side routes.
  app.get('/*', (request, reply) => {
    if (isApiRequest(request)) {
      throw HttpProblem.notFound(`No route for GET ${request.url.split('?')[0]}.`);
    }
    // The answering page's addresses are never the clinicians' app, even when that page is not served.
    if (isAnswerPageAddress(request.url)) {
      throw HttpProblem.notFound('No such page.');
    }
    return sendIndex(request, reply);
  });
});
