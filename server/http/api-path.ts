import type { FastifyRequest } from 'fastify';

const API_PREFIX = '/api/';

/**
 * Whether a request is for the API, decided on the path the router saw (its route pattern, or the
 * percent-decoded path when no route matched), never on the raw URL: `/%61pi/v1/…` routes to the
 * API and must meet the same CSRF, session and cache rules as `/api/v1/…`.
 */
export function isApiRequest(request: FastifyRequest): boolean {
  const route = request.routeOptions.url;
  if (route?.startsWith(API_PREFIX)) {
    return true;
  }
  return decodedPath(request.url).toLowerCase().startsWith(API_PREFIX);
}

/** The path without its query, percent-decoded as the router decodes it (undecodable: left as is). */
export function decodedPath(url: string): string {
  const path = url.split('?')[0];
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
