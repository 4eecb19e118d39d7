import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { HttpProblem } from '../http/http-problem';

const NONCE_PLACEHOLDER = /CSP_NONCE/g;

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * A self-report link's route: no session cookie is read, no cookie is set, no CSRF token is
     * asked for. The token in the path is the only credential and opens only its own form.
     */
    publicLink?: boolean;
  }
}

/** Where the answering page's own files live, apart from the SPA's (its `<base href>`). */
export const ANSWER_ASSETS_PREFIX = '/answer-assets/';

/** `/r`, `/r/…` (links) and the page's files: addresses the clinicians' SPA must never answer. */
export const isAnswerPageAddress = (url: string): boolean => /^\/r(?:[/?#]|$)/.test(url) || url.startsWith(ANSWER_ASSETS_PREFIX);

/**
 * Serves the answering page of self-report links (the `answer` Angular app): its index.html for
 * `/r/<token>` and for the bare `/r/` it leaves in the address bar, and its hashed files under
 * /answer-assets/. The page is never cached (it is opened from a link that works once) and never
 * tells anyone where it was (no Referer). The strict CSP comes from the security-headers plugin,
 * with this request's nonce written into the page as for the SPA.
 */
export const answerPage = fp(async (app: FastifyInstance, options: { directory: string }) => {
  const root = resolve(options.directory);
  const indexPath = join(root, 'index.html');
  const built = existsSync(indexPath);
  if (built) {
    await app.register(fastifyStatic, {
      root,
      prefix: ANSWER_ASSETS_PREFIX,
      // The SPA's registration decorates the reply already.
      decorateReply: false,
      index: false,
      wildcard: false,
      // index.html is only ever answered below, with a fresh nonce and no caching.
      globIgnore: ['index.html'],
      immutable: true,
      // `npm run build` writes .br and .gz beside each file (tools/precompress.mjs), as for the SPA.
      preCompressed: true,
      maxAge: '365d',
      // Immutable files are never revalidated, so validators would only add bytes to every file.
      etag: false,
      lastModified: false,
    });
  } else {
    app.log.warn({ root }, 'answering page not built; self-report links answer 503 (run `npm run build`)');
  }
  const indexHtml = built ? readFileSync(indexPath, 'utf8') : '';

  const sendPage = (_request: unknown, reply: FastifyReply) => {
    if (!built) {
      throw new HttpProblem(503, 'Service unavailable', 'The answering page is not available right now.');
    }
    return reply
      .header('cache-control', 'no-store')
      .header('referrer-policy', 'no-referrer')
      .type('text/html; charset=utf-8')
      .send(indexHtml.replace(NONCE_PLACEHOLDER, reply.cspNonce));
  };

  // Neither reads nor sets a cookie (csrf, sessions): the page is opened by whoever holds the link.
  app.get('/r/', { config: { publicLink: true } }, sendPage);
  app.get('/r/:token', { config: { publicLink: true } }, sendPage);
});
