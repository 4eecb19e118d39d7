import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { newToken } from '../sign-in-sessions/session-tokens';
import { isApiRequest } from '../http/api-path';
import { HttpProblem } from '../http/http-problem';
import { XSRF_COOKIE, xsrfCookieOptions } from './sign-in-sessions';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const XSRF_HEADER = 'x-xsrf-token';

/**
 * CSRF defence for every state-changing request (Angular's double-submit convention): the header
 * must echo the XSRF-TOKEN cookie and, once signed in, equal the token stored with the session
 * (a synchronizer token, so a cookie planted by a sibling subdomain is not enough).
 */
export const csrf = fp(async (app: FastifyInstance) => {
  app.addHook('onRequest', async (request, reply) => {
    // Self-report links set no cookie and carry no session to forge requests with: the token in the
    // path is unguessable and the request changes nothing but that link's own answers.
    if (request.routeOptions.config.publicLink) {
      return;
    }
    const cookieToken = request.cookies[XSRF_COOKIE];
    const expected = request.auth?.csrfToken;
    if (!cookieToken || (expected && cookieToken !== expected)) {
      // Hand out (or restore) the token the SPA must echo.
      void reply.setCookie(XSRF_COOKIE, expected ?? newToken(), xsrfCookieOptions(app.config.secureCookies));
    }
    if (SAFE_METHODS.has(request.method) || !isApiRequest(request)) {
      return;
    }
    const headerToken = request.headers[XSRF_HEADER];
    const valid =
      typeof headerToken === 'string' &&
      headerToken.length > 0 &&
      headerToken === cookieToken &&
      (expected === undefined || headerToken === expected);
    if (!valid) {
      await request.audit({ action: 'csrf-rejected', outcome: 'denied' });
      throw HttpProblem.forbidden('The request could not be verified (missing or stale security token). Reload the page and try again.');
    }
  });
});
