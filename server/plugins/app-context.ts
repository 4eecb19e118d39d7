import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';
import { type Audit, appendAuditEvent } from '../audit/audit-log';
import type { AppConfig } from '../config';
import type { Database } from '../db/database';
import type { Engine } from '../db/connect';

declare module 'fastify' {
  interface FastifyInstance {
    readonly db: Kysely<Database>;
    /** Where reports run: read workers beside the serving thread on SQLite (db/connect.ts). */
    readonly reportsDb: Kysely<Database>;
    readonly engine: Engine;
    readonly config: AppConfig;
  }
  interface FastifyRequest {
    /**
     * Appends an audit event for this request's user and address. Pass the transaction of a write
     * so that the record and its audit event are stored together or not at all.
     */
    audit: Audit;
  }
}

export interface AppContextOptions {
  readonly db: Kysely<Database>;
  readonly reportsDb: Kysely<Database>;
  readonly engine: Engine;
  readonly config: AppConfig;
}

/** Makes the database, the configuration and the audit trail available to every route. */
export const appContext = fp(async (app: FastifyInstance, options: AppContextOptions) => {
  app.decorate('db', options.db);
  app.decorate('reportsDb', options.reportsDb);
  app.decorate('engine', options.engine);
  app.decorate('config', options.config);
  app.decorateRequest('audit', function (this: FastifyRequest, entry, executor) {
    return appendAuditEvent(
      executor ?? options.db,
      { ...entry, userId: entry.userId !== undefined ? entry.userId : (this.auth?.user.id ?? null), ip: this.ip },
      options.config.now(),
    );
  });
});
