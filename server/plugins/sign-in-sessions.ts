import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import type { Role } from '@domain/accounts/role';
import { type SignInSession, findSignInSession, touchSignInSession } from '../sign-in-sessions/sign-in-session-store';
import { isApiRequest } from '../http/api-path';
import { HttpProblem } from '../http/http-problem';

declare module 'fastify' {
  interface FastifyInstance {
    /** preHandler: a signed-in user whose role is one of `roles` (any role when empty). */
    requireRole(...roles: Role[]): preHandlerAsyncHookHandler;
    setSessionCookies(reply: FastifyReply, token: string, csrfToken: string): void;
    clearSessionCookie(reply: FastifyReply): void;
  }
  interface FastifyRequest {
    auth: SignInSession | null;
  }
  interface FastifyContextConfig {
    /** The route stays usable while the user still has to change their password. */
    allowDuringPasswordChange?: boolean;
    /** The route stays usable while the second sign-in step is owed (the two-factor routes only). */
    allowWhileSecondStepPending?: boolean;
  }
}

/**
 * Server-side sign-in sessions behind an HttpOnly, SameSite=Strict cookie; the `__Host-` prefix (with Secure)
 * pins it to this origin outside development.
 */
export const signInSessions = fp(async (app: FastifyInstance) => {
  const { config } = app;
  const sessionCookie = config.secureCookies ? '__Host-cc_session' : 'cc_session';
  await app.register(cookie);

  app.decorateRequest('auth', null);

  app.addHook('onRequest', async (request) => {
    const token = request.cookies[sessionCookie];
    // A self-report link's route never reads the session: the link alone is its credential.
    if (!token || !isApiRequest(request) || request.routeOptions.config.publicLink) {
      return;
    }
    const now = config.now();
    const lookup = await findSignInSession(app.db, token, now, config.session);
    if (lookup.state === 'active') {
      request.auth = lookup.session;
      await touchSignInSession(app.db, lookup.session, now);
    } else if (lookup.state === 'expired') {
      await request.audit({ userId: lookup.userId, action: 'session-expired', outcome: 'success' });
    }
  });

  app.decorate('setSessionCookies', (reply: FastifyReply, token: string, csrfToken: string) => {
    void reply.setCookie(sessionCookie, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: config.secureCookies,
      maxAge: config.session.absoluteTimeoutSeconds,
    });
    void reply.setCookie(XSRF_COOKIE, csrfToken, xsrfCookieOptions(config.secureCookies));
  });

  app.decorate('clearSessionCookie', (reply: FastifyReply) => {
    void reply.clearCookie(sessionCookie, { path: '/', httpOnly: true, sameSite: 'strict', secure: config.secureCookies });
  });

  app.decorate('requireRole', (...roles: Role[]) => {
    return async function requireRole(request: FastifyRequest) {
      const auth = request.auth;
      if (!auth) {
        throw HttpProblem.unauthorized();
      }
      // Before the password-change rule: a password alone must not unlock even that.
      if (auth.pendingStep !== null && !request.routeOptions.config.allowWhileSecondStepPending) {
        throw HttpProblem.forbidden('Finish two-factor sign-in to continue.');
      }
      if (auth.user.must_change_password === 1 && !request.routeOptions.config.allowDuringPasswordChange) {
        throw HttpProblem.forbidden('Change your password to continue.');
      }
      if (roles.length > 0 && !roles.includes(auth.user.role)) {
        await request.audit({ action: 'denied', recordType: 'route', recordId: request.routeOptions.url, outcome: 'denied' });
        throw HttpProblem.forbidden();
      }
    };
  });
});

export const XSRF_COOKIE = 'XSRF-TOKEN';

/** Readable by the SPA's script on purpose: Angular copies it into the X-XSRF-TOKEN header. */
export function xsrfCookieOptions(secure: boolean) {
  return { path: '/', httpOnly: false, sameSite: 'strict', secure } as const;
}
