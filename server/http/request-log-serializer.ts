import type { FastifyRequest } from 'fastify';

/** Paths whose last segment is a self-report token: the answering page and its API. */
const TOKEN_PATH = /^(\/api\/public\/self-report|\/r)\/[^/?#]*/;

/** A URL as the log may show it: a self-report token becomes `:token`, and query strings are dropped from those paths. */
export function loggableUrl(url: string): string {
  return TOKEN_PATH.test(url) ? url.replace(TOKEN_PATH, '$1/:token').replace(/[?#].*$/, '') : url;
}

/** Fastify's request log fields, with the URL made safe to log. */
export function requestLogSerializer(request: FastifyRequest) {
  return {
    method: request.method,
    url: loggableUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}
