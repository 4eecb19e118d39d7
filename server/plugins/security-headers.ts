import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Strict headers for API and SPA alike. Angular adds component styles at run time; they carry the
 * per-request nonce that the SPA plugin writes into index.html (`ngCspNonce`), so neither
 * 'unsafe-inline' nor 'unsafe-eval' is needed.
 */
export const securityHeaders = fp(async (app: FastifyInstance, options: { secure: boolean }) => {
  await app.register(helmet, {
    enableCSPNonces: true,
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: options.secure ? [] : null,
      },
    },
    // HSTS only makes sense behind TLS; a plain-HTTP demo on localhost must not pin itself.
    strictTransportSecurity: options.secure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/')) {
      // Clinical data must not linger in shared caches or the browser's back/forward cache.
      void reply.header('cache-control', 'no-store');
    }
  });
});
