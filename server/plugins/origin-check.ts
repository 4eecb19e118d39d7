import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { isApiRequest } from '../http/api-path';
import { HttpProblem } from '../http/http-problem';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** `none`: the user acted directly (typed address, bookmark), not another site. */
const TRUSTED_FETCH_SITES = new Set(['same-origin', 'none']);

/**
 * Every state-changing API request must come from CareCircle's own pages, a second line of
 * defence behind the XSRF token. Browsers say where a request comes from: `Sec-Fetch-Site`
 * (trusted first, as the browser computes it itself), else `Origin`, which must be the configured
 * public origin (PUBLIC_ORIGIN, behind a proxy) or the address the request was sent to. A request
 * with neither header does not come from a browser page, so no other site can have sent it; the
 * token still applies. (The same rules as Go's net/http CrossOriginProtection.)
 */
export const originCheck = fp(async (app: FastifyInstance) => {
  const { publicOrigin } = app.config;
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method) || !isApiRequest(request)) {
      return;
    }
    if (!comesFromOwnPages(request, publicOrigin)) {
      await request.audit({ action: 'cross-origin-rejected', outcome: 'denied' });
      throw HttpProblem.forbidden('This request came from another site, so it was refused. Open CareCircle at its own address and try again.');
    }
  });
});

export function comesFromOwnPages(request: FastifyRequest, publicOrigin: string): boolean {
  const fetchSite = request.headers['sec-fetch-site'];
  if (typeof fetchSite === 'string' && fetchSite !== '') {
    return TRUSTED_FETCH_SITES.has(fetchSite);
  }
  const origin = request.headers['origin'];
  if (origin === undefined) {
    return true;
  }
  return origin === publicOrigin || origin === `${request.protocol}://${request.host}`;
}
