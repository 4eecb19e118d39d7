import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';
import { isApiRequest } from '../http/api-path';

declare module 'fastify' {
  interface FastifyReply {
    /** This page's CSP nonce (empty on API answers, which carry no markup). */
    cspNonce: string;
  }
}

const pageNonces = new WeakMap<ServerResponse, string>();
const pageNonce = (_request: IncomingMessage, response: ServerResponse) => `'nonce-${pageNonces.get(response) ?? ''}'`;

/**
 * Strict headers for API answers and pages (the SPA's and the answering page's index.html). Angular adds component styles at run time; they carry the
 * per-request nonce that the SPA plugin writes into index.html (`ngCspNonce`), so neither
 * 'unsafe-inline' nor 'unsafe-eval' is needed.
 *
 * helmet itself, not the @fastify/helmet wrapper: the wrapper builds helmet's middleware anew on
 * every request and draws nonces for JSON answers too, which cost a tenth of a signed-in API
 * request. Here both middlewares are built once; only pages draw a nonce.
 *
 * API answers (JSON, CSV, NDJSON) get a fixed set of the headers that govern a response no page is
 * built from (OWASP's REST security headers): a CSP that allows nothing, no framing, no sniffing, no
 * referrer, no caching. helmet's page headers (DNS prefetch, Origin-Agent-Cluster, download and
 * cross-domain policies…) mean nothing there and cost a signed-in request a tenth of its time (#13).
 *
 * The hashed files a page loads (scripts, styles, fonts) get only the two headers that mean something
 * on a subresource: a CSP, frame or referrer policy there governs nothing (a script runs under its
 * page's policy), and helmet's full set is about 1.2 kB per file: a fifth of the first load's bytes
 * over its 60-odd files (#18).
 */
export const securityHeaders = fp(async (app: FastifyInstance, options: { secure: boolean }) => {
  const apiHeaders = apiAnswerHeaders(options.secure);
  const pageHeaders = helmet(helmetOptions(options.secure, [pageNonce]));
  app.decorateReply('cspNonce', '');

  app.addHook('onRequest', (request, reply, done) => {
    if (isApiRequest(request)) {
      void reply.headers(apiHeaders);
      done();
      return;
    }
    if (isStaticFile(request)) {
      void reply.headers(STATIC_FILE_HEADERS);
      done();
      return;
    }
    reply.cspNonce = randomBytes(16).toString('hex');
    pageNonces.set(reply.raw, reply.cspNonce);
    pageHeaders(request.raw, reply.raw, () => done());
  });
});

/** One object, built once: set on every API answer before its route runs. */
function apiAnswerHeaders(secure: boolean): Readonly<Record<string, string>> {
  return {
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-resource-policy': 'same-origin',
    // Clinical data must not linger in shared caches or the browser's back/forward cache.
    'cache-control': 'no-store',
    ...(secure ? { 'strict-transport-security': HSTS } : {}),
  };
}

const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * No MIME sniffing (a file runs only as what its type says), and no loading of the app's files by
 * other sites' pages (cross-origin reads of a script or font, Spectre-style).
 */
const STATIC_FILE_HEADERS = { 'x-content-type-options': 'nosniff', 'cross-origin-resource-policy': 'same-origin' } as const;

/** A file @fastify/static answers (the SPA's or the answering page's): its route records the file. */
function isStaticFile(request: FastifyRequest): boolean {
  return typeof (request.routeOptions.config as { file?: unknown }).file === 'string';
}

function helmetOptions(secure: boolean, nonce: readonly ((request: IncomingMessage, response: ServerResponse) => string)[]): HelmetOptions {
  return {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...nonce],
        styleSrc: ["'self'", ...nonce],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: secure ? [] : null,
      },
    },
    // HSTS only makes sense behind TLS; a plain-HTTP demo on localhost must not pin itself.
    strictTransportSecurity: secure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  };
}
