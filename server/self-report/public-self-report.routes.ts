import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { publicFormSchema, publicReceiptSchema, type PublicForm } from '@domain/self-report/public-form';
import * as z from '@domain/validation/z';
import { sha256 } from '../sign-in-sessions/session-tokens';
import type { SelfReportRequestRow } from '../db/database';
import { auditOf } from '../access/actor';
import { HttpProblem } from '../http/http-problem';
import { countLinkHit, LINK_RATE_LIMITS, type LinkRateLimits, sweepOldLinkHits } from './link-rate-limit';
import { publicFormOf } from './public-form-builder';
import { parseAnswers, storeAnswers } from './public-submission';
import { requestByTokenHash } from './self-report.repository';
import { unusableLink } from './unusable-link-problem';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * A self-report link's route: no session cookie is read, no cookie is set, no CSRF token is
     * asked for. The token in the path is the only credential and opens only its own form.
     */
    publicLink?: boolean;
  }
}

type TokenParams = { token: string };

/** Tokens are 32 random bytes in base64url: anything else cannot be a link and is answered as unusable. */
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

// Any string: a malformed token must get the same 410 as an unknown one, not a 400 naming it.
const tokenParamsSchema = z.strictObject({ token: z.string() });
// Which answers are valid depends on the link; they are checked once the link is known.
const anyBodySchema = z.unknown();

export interface PublicSelfReportOptions {
  readonly limits?: LinkRateLimits;
}

/** The answering page's API: read the form of a link, submit its answers. */
export async function publicSelfReportRoutes(app: FastifyInstance, options: PublicSelfReportOptions): Promise<void> {
  const { db, config } = app;
  const limits = options.limits ?? LINK_RATE_LIMITS;
  // When this instance last swept finished windows from the shared counters.
  let sweptAtMs = 0;

  app.addHook('onSend', async (_request, reply) => {
    void reply.header('cache-control', 'no-store');
    void reply.header('referrer-policy', 'no-referrer');
  });

  /** Counts the hit, then finds a usable link: 429 past the limits, 410 for anything unusable. */
  async function usableRequest(request: FastifyRequest<{ Params: TokenParams }>): Promise<SelfReportRequestRow> {
    const tokenHash = sha256(request.params.token);
    const hitAt = config.now();
    if (hitAt.getTime() - sweptAtMs >= limits.windowMs) {
      sweptAtMs = hitAt.getTime();
      await sweepOldLinkHits(db, hitAt, limits);
    }
    // Counted in the database, so every API instance on it shares the limits.
    if (!(await countLinkHit(db, tokenHash, request.ip, hitAt, limits))) {
      throw new HttpProblem(429, 'Too many requests', 'Too many attempts. Please wait a few minutes and try again.', undefined, {
        'retry-after': String(Math.ceil(limits.windowMs / 1000)),
      });
    }
    if (!TOKEN_FORMAT.test(request.params.token)) {
      throw unusableLink();
    }
    const row = await requestByTokenHash(db, tokenHash);
    const now = config.now().toISOString();
    // No link issued yet (a scheduled or due repeat): its stored hash is of a token nobody was given,
    // but it is refused here too, so no repeat can be answered before its link is created.
    if (!row || row.answered_at || row.withdrawn_at || !row.link_issued_at || row.expires_at <= now) {
      throw unusableLink();
    }
    return row;
  }

  const routeOptions = { config: { publicLink: true }, schema: { params: tokenParamsSchema } };

  app.get<{ Params: TokenParams }>('/:token', { ...routeOptions, schema: { ...routeOptions.schema, response: { 200: publicFormSchema } } }, async (request): Promise<PublicForm> => {
    const row = await usableRequest(request);
    const form = await publicFormOf(db, row, config.clinicName);
    await request.audit({ userId: null, actorRequestId: row.id, action: 'read', recordType: 'self-report-form', recordId: row.id, outcome: 'success' });
    return form;
  });

  app.post<{ Params: TokenParams; Body: unknown }>(
    '/:token',
    { ...routeOptions, schema: { ...routeOptions.schema, body: anyBodySchema, response: { 201: publicReceiptSchema } } },
    async (request, reply: FastifyReply) => {
      const row = await usableRequest(request);
      const answers = parseAnswers(row, request.body);
      await storeAnswers(db, auditOf(request), row, answers, config.now());
      return reply.code(201).send({ ok: true });
    },
  );
}
