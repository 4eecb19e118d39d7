/** A signed-in browser's cookies, as the headers every benchmarked request carries. */
export interface SignedInSession {
  /** `cc_session=…; XSRF-TOKEN=…` */
  readonly cookie: string;
  /** The session's CSRF token, for the X-XSRF-TOKEN header of state-changing requests. */
  readonly xsrfToken: string;
}

const SESSION_COOKIE = 'cc_session'; // the name when secureCookies is false
const XSRF_COOKIE = 'XSRF-TOKEN';

/**
 * Signs in over real HTTP the way the SPA does: GET /health for the XSRF-TOKEN cookie, then POST
 * the credentials echoing it in X-XSRF-TOKEN; finally checks that /auth/me accepts the session.
 */
export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<SignedInSession> {
  const jar = new Map<string, string>();

  const health = await fetch(`${baseUrl}/api/v1/health`);
  await expectStatus(health, 200, 'GET /api/v1/health');
  keepCookies(jar, health);
  const xsrf = jar.get(XSRF_COOKIE);
  if (!xsrf) {
    throw new Error('GET /api/v1/health set no XSRF-TOKEN cookie.');
  }

  const signIn = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-xsrf-token': xsrf, cookie: cookieHeader(jar) },
    body: JSON.stringify({ email, password }),
  });
  await expectStatus(signIn, 200, `sign-in as ${email}`);
  keepCookies(jar, signIn);
  if (!jar.has(SESSION_COOKIE)) {
    throw new Error(`Sign-in set no ${SESSION_COOKIE} cookie (is the app running with secureCookies: false?).`);
  }

  const session: SignedInSession = { cookie: cookieHeader(jar), xsrfToken: jar.get(XSRF_COOKIE) ?? xsrf };
  const me = await fetch(`${baseUrl}/api/v1/auth/me`, { headers: { cookie: session.cookie } });
  await expectStatus(me, 200, 'GET /api/v1/auth/me after sign-in');
  return session;
}

function keepCookies(jar: Map<string, string>, response: Response): void {
  for (const setCookie of response.headers.getSetCookie()) {
    const pair = setCookie.split(';', 1)[0] ?? '';
    const equals = pair.indexOf('=');
    if (equals > 0) {
      jar.set(pair.slice(0, equals).trim(), pair.slice(equals + 1).trim());
    }
  }
}

function cookieHeader(jar: Map<string, string>): string {
  return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
}

async function expectStatus(response: Response, status: number, what: string): Promise<void> {
  if (response.status !== status) {
    const body = (await response.text()).slice(0, 500);
    throw new Error(`${what} answered ${response.status}, expected ${status}: ${body}`);
  }
  // Drain the body so the connection is released.
  await response.arrayBuffer().catch(() => undefined);
}
