import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { resolveSecretKey } from '../two-factor/secret-key';

declare module 'fastify' {
  interface FastifyInstance {
    /** Encrypts two-factor secrets and keys the recovery-code hashes. Never logged, never answered. */
    readonly twoFactorKey: Buffer;
  }
}

/** Reads (or, for the embedded default, creates once) the secret key before any route can need it. */
export const twoFactorKey = fp(async (app: FastifyInstance) => {
  app.decorate('twoFactorKey', resolveSecretKey(app.config.secretKey));
});
