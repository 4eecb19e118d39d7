import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { isApiRequest } from '../http/api-path';
import { HttpProblem } from '../http/http-problem';
import { isAnswerPageAddress } from './answer-page';
import { loadFirstPagePreloads } from './first-page-preloads';

const NONCE_PLACEHOLDER = /CSP_NONCE/g;

/**
 * What the Angular build names by its content (`chunk-D1OiXYR7.js`, `chunk-B-GPVDPw.js`,
 * `styles-ROQN4KND.css`, fonts under media/): a new build gives changed content a new name, so these
 * may be kept for good. The hash is 8 characters of base64url, so it may hold "-" and "_". Files
 * copied from public/ (the favicons) keep their names and must be asked about again.
 */
export function isContentNamed(path: string): boolean {
  const file = path.replace(/^\/+/, '');
  return file.startsWith('media/') || /^[a-z0-9-]+-[A-Za-z0-9_-]{8}\.(js|css)(\.(br|gz))?$/.test(file);
}

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
    // index.html is only ever answered below, with this request's nonce and never cached: as a
    // static file it would carry the nonce placeholder (so no style would load) and be kept a year.
    globIgnore: ['index.html', 'index.html.*'],
    // Content-named files are kept for good; the few others are asked about again (setHeaders).
    immutable: true,
    // `npm run build` writes .br and .gz beside each file (tools/precompress.mjs); the best one the
    // browser accepts is sent, with Vary: Accept-Encoding. Nothing is compressed per request.
    preCompressed: true,
    maxAge: '365d',
    // Immutable files are never revalidated, so validators would only add bytes to every file.
    etag: false,
    lastModified: false,
    setHeaders: (reply, path) => {
      if (!isContentNamed(relative(root, path))) {
        void reply.header('cache-control', 'no-cache');
      }
    },
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
