import { addUser, Browser, createTestApp, TEST_PASSWORD, type TestApp, type TestUser } from '../spec/helpers/test-app';

describe('auth routes', () => {
  let t: TestApp;
  let therapist: TestUser;

  beforeEach(async () => {
    t = await createTestApp();
    therapist = await addUser(t, 'therapist');
  });

  afterEach(async () => {
    await t.close();
  });

  describe('sign-in', () => {
    it('signs in with the right password and answers the session info', async () => {
      const browser = new Browser(t.app);
      const response = await browser.signIn(therapist.email);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.user).toEqual(jasmine.objectContaining({ id: therapist.id, email: therapist.email, role: 'therapist' }));
      expect(body.session.idleTimeoutSeconds).toBe(900);
      expect(body.session.idleWarningSeconds).toBe(60);
      // No SMTP_URL in the specs: the SPA must not offer to email a self-report link.
      expect(body.clinic).toEqual({ selfReportEmail: false });
      expect(body.user.password_hash).toBeUndefined();
      expect((await browser.request('GET', '/api/v1/auth/me')).statusCode).toBe(200);
    });

    it('normalises the email before looking it up', async () => {
      const response = await new Browser(t.app).signIn(`  ${therapist.email.toUpperCase()} `);
      expect(response.statusCode).toBe(200);
    });

    it('answers a wrong password and an unknown account identically', async () => {
      const wrongPassword = await new Browser(t.app).signIn(therapist.email, 'not the password');
      const unknownUser = await new Browser(t.app).signIn('nobody@clinic.test', TEST_PASSWORD);
      expect(wrongPassword.statusCode).toBe(401);
      expect(unknownUser.statusCode).toBe(401);
      expect(unknownUser.body).toEqual(wrongPassword.body);
      expect(wrongPassword.json().detail).toBe('Email or password is incorrect.');
      expect(wrongPassword.headers['content-type']).toContain('application/problem+json');
    });

    it('refuses a deactivated account with the same answer', async () => {
      const inactive = await addUser(t, 'therapist', { active: false });
      const response = await new Browser(t.app).signIn(inactive.email);
      expect(response.statusCode).toBe(401);
      expect(response.json().detail).toBe('Email or password is incorrect.');
    });

    it('throttles the sixth attempt after five failures for one account, with Retry-After', async () => {
      for (let attempt = 1; attempt <= 5; attempt++) {
        const response = await new Browser(t.app).signIn(therapist.email, 'wrong');
        expect(response.statusCode).withContext(`attempt ${attempt}`).toBe(401);
      }
      // Even the right password waits now.
      const sixth = await new Browser(t.app).signIn(therapist.email);
      expect(sixth.statusCode).toBe(429);
      expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(sixth.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);

      t.clock.advanceSeconds(15 * 60 + 1);
      expect((await new Browser(t.app).signIn(therapist.email)).statusCode).toBe(200);
    });

    it('throttles one address that tries many accounts, at the higher per-address limit', async () => {
      for (let attempt = 1; attempt <= t.config.signInThrottle.maxFailuresPerAddress; attempt++) {
        await new Browser(t.app).signIn(`guess${attempt}@clinic.test`, 'wrong');
      }
      const response = await new Browser(t.app).signIn(therapist.email);
      expect(response.statusCode).toBe(429);
    });

    it('audits successes, failures and throttling without any password or email text', async () => {
      await new Browser(t.app).signIn(therapist.email, 'wrong');
      await new Browser(t.app).signIn(therapist.email);
      const events = await t.database.db.selectFrom('audit_events').selectAll().orderBy('id').execute();
      expect(events.map((event) => [event.action, event.outcome, event.user_id])).toEqual([
        ['sign-in-failed', 'failure', therapist.id],
        ['sign-in', 'success', therapist.id],
      ]);
      expect(JSON.stringify(events)).not.toContain(therapist.email);
    });
  });

  describe('session cookie', () => {
    it('is HttpOnly, SameSite=Strict, Secure and host-only outside development', async () => {
      const response = await new Browser(t.app).signIn(therapist.email);
      const session = response.cookies.find((cookie) => cookie.name === '__Host-cc_session');
      expect(session).toEqual(jasmine.objectContaining({ httpOnly: true, sameSite: 'Strict', secure: true, path: '/' }));
      const xsrf = response.cookies.find((cookie) => cookie.name === 'XSRF-TOKEN');
      expect(xsrf?.httpOnly).toBeFalsy();
      expect(xsrf?.sameSite).toBe('Strict');
    });

    it('drops Secure only in development', async () => {
      const dev = await createTestApp({ secureCookies: false });
      try {
        const user = await addUser(dev, 'therapist');
        const response = await new Browser(dev.app).signIn(user.email);
        const session = response.cookies.find((cookie) => cookie.name === 'cc_session');
        expect(session).toEqual(jasmine.objectContaining({ httpOnly: true, sameSite: 'Strict' }));
        expect(session?.secure).toBeFalsy();
      } finally {
        await dev.close();
      }
    });
  });

  describe('expiry', () => {
    it('ends a session after 15 idle minutes', async () => {
      const browser = new Browser(t.app);
      await browser.signIn(therapist.email);
      t.clock.advanceSeconds(14 * 60);
      expect((await browser.request('GET', '/api/v1/auth/me')).statusCode).toBe(200);
      // Activity moved the idle deadline.
      t.clock.advanceSeconds(14 * 60);
      expect((await browser.request('GET', '/api/v1/auth/me')).statusCode).toBe(200);
      t.clock.advanceSeconds(15 * 60 + 1);
      const expired = await browser.request('GET', '/api/v1/auth/me');
      expect(expired.statusCode).toBe(401);
      const events = await t.database.db.selectFrom('audit_events').select('action').execute();
      expect(events.map((event) => event.action)).toContain('session-expired');
    });

    it('ends a session after 12 hours however active it is', async () => {
      const browser = new Browser(t.app);
      await browser.signIn(therapist.email);
      for (let minutes = 10; minutes < 12 * 60; minutes += 10) {
        t.clock.advanceSeconds(10 * 60);
        expect((await browser.request('GET', '/api/v1/auth/me')).statusCode).withContext(`${minutes} min`).toBe(200);
      }
      t.clock.advanceSeconds(10 * 60);
      expect((await browser.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
    });
  });

  describe('session probe', () => {
    it('answers 200 with no session when signed out, and the session info when signed in', async () => {
      const browser = new Browser(t.app);
      const before = await browser.request('GET', '/api/v1/auth/session');
      expect(before.statusCode).toBe(200);
      expect(before.json()).toEqual({ session: null });
      await browser.signIn(therapist.email);
      const after = await browser.request('GET', '/api/v1/auth/session');
      expect(after.json().session.user.id).toBe(therapist.id);
    });
  });

  describe('sign-out', () => {
    it('ends the session on the server, not only in the browser', async () => {
      const browser = new Browser(t.app);
      const signIn = await browser.signIn(therapist.email);
      const token = signIn.cookies.find((cookie) => cookie.name === '__Host-cc_session')!.value;
      expect((await browser.request('POST', '/api/v1/auth/sign-out')).statusCode).toBe(204);
      const replay = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: { '__Host-cc_session': token } });
      expect(replay.statusCode).toBe(401);
    });
  });

  describe('CSRF', () => {
    it('rejects a state-changing request without the token header', async () => {
      const browser = new Browser(t.app);
      await browser.signIn(therapist.email);
      const response = await browser.request('POST', '/api/v1/auth/sign-out', undefined, { xsrf: false });
      expect(response.statusCode).toBe(403);
      expect((await browser.request('GET', '/api/v1/auth/me')).statusCode).toBe(200);
    });

    it('rejects a header that does not match the session token', async () => {
      const browser = new Browser(t.app);
      await browser.signIn(therapist.email);
      const response = await browser.request('POST', '/api/v1/auth/sign-out', undefined, {
        xsrf: false,
        headers: { 'x-xsrf-token': 'forged' },
      });
      expect(response.statusCode).toBe(403);
    });

    it('rejects a sign-in without the double-submitted token', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { email: therapist.email, password: TEST_PASSWORD },
      });
      expect(response.statusCode).toBe(403);
    });
  });

  describe('roles', () => {
    it('answers 401 to unauthenticated calls', async () => {
      const browser = new Browser(t.app);
      expect((await browser.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
      expect((await browser.request('GET', '/api/v1/users')).statusCode).toBe(401);
    });

    it('gives a therapist 403 on an admin-only route, and audits the denial', async () => {
      const browser = new Browser(t.app);
      await browser.signIn(therapist.email);
      const response = await browser.request('GET', '/api/v1/users');
      expect(response.statusCode).toBe(403);
      const denied = await t.database.db.selectFrom('audit_events').selectAll().where('action', '=', 'denied').execute();
      expect(denied.length).toBe(1);
      expect(denied[0].user_id).toBe(therapist.id);
    });

    it('lets an admin list accounts', async () => {
      const admin = await addUser(t, 'admin');
      const browser = new Browser(t.app);
      await browser.signIn(admin.email);
      const response = await browser.request('GET', '/api/v1/users?page=1&pageSize=10');
      expect(response.statusCode).toBe(200);
      expect(response.json().total).toBe(2);
    });
  });

  describe('password change', () => {
    it('holds a user who must change their password to that one task', async () => {
      const user = await addUser(t, 'admin', { mustChangePassword: true });
      const browser = new Browser(t.app);
      const signIn = await browser.signIn(user.email);
      expect(signIn.json().user.mustChangePassword).toBeTrue();
      expect((await browser.request('GET', '/api/v1/users')).statusCode).toBe(403);

      const changed = await browser.request('POST', '/api/v1/auth/change-password', {
        currentPassword: TEST_PASSWORD,
        newPassword: 'a brand new passphrase',
      });
      expect(changed.statusCode).toBe(200);
      expect(changed.json().user.mustChangePassword).toBeFalse();
      expect((await browser.request('GET', '/api/v1/users')).statusCode).toBe(200);
      expect((await new Browser(t.app).signIn(user.email, 'a brand new passphrase')).statusCode).toBe(200);
    });

    it('names the field when the current password is wrong or the new one too short', async () => {
      const browser = new Browser(t.app);
      await browser.signIn(therapist.email);
      const wrong = await browser.request('POST', '/api/v1/auth/change-password', {
        currentPassword: 'nope',
        newPassword: 'a brand new passphrase',
      });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().errors).toEqual([{ field: 'currentPassword', message: 'Current password is incorrect.' }]);
      const short = await browser.request('POST', '/api/v1/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: 'short' });
      expect(short.statusCode).toBe(400);
      expect(short.json().errors[0].field).toBe('newPassword');
    });
  });
});
