import { decryptSecret } from './secret-box';
import { addUser, Browser, createTestApp, TEST_PASSWORD, type TestApp, type TestUser } from '../spec/helpers/test-app';
import { enrolUser, startEnrolment } from '../spec/helpers/test-two-factor';

describe('two-factor sign-in', () => {
  let t: TestApp;
  let therapist: TestUser;
  let admin: TestUser;

  beforeEach(async () => {
    t = await createTestApp();
    therapist = await addUser(t, 'therapist');
    admin = await addUser(t, 'admin');
  });

  afterEach(async () => {
    await t.close();
  });

  async function signedInAdmin(): Promise<Browser> {
    const browser = new Browser(t.app);
    expect((await browser.signIn(admin.email)).json().session.pendingStep).toBeNull();
    return browser;
  }

  async function requireFor(roles: string[]): Promise<void> {
    const browser = await signedInAdmin();
    const current = (await browser.request('GET', '/api/v1/two-factor-policy')).json();
    const saved = await browser.request('PUT', '/api/v1/two-factor-policy', { requiredFor: 'roles', roles, version: current.version });
    expect(saved.statusCode).toBe(200);
  }

  describe('enrolment', () => {
    it('gives an otpauth URI and the key as text, then ten recovery codes for a right code', async () => {
      const browser = new Browser(t.app);
      await browser.signIn(therapist.email);
      const started = await browser.request('POST', '/api/v1/auth/two-factor/enrolment');
      expect(started.statusCode).toBe(200);
      const { otpauthUri, keyText } = started.json();
      const secret = new URL(otpauthUri).searchParams.get('secret')!;
      expect(otpauthUri).toMatch(/^otpauth:\/\/totp\//);
      expect(keyText.replace(/ /g, '')).toBe(secret);

      const wrong = await browser.request('POST', '/api/v1/auth/two-factor/enrolment/confirm', { code: '000000' });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().errors[0].field).toBe('code');
      const malformed = await browser.request('POST', '/api/v1/auth/two-factor/enrolment/confirm', { code: 'abc' });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json().errors[0].field).toBe('code');

      const authenticator = await startEnrolment(t, browser);
      const confirmed = await browser.request('POST', '/api/v1/auth/two-factor/enrolment/confirm', { code: await authenticator.code() });
      expect(confirmed.statusCode).toBe(200);
      expect(confirmed.json().recoveryCodes.length).toBe(10);
      expect(new Set(confirmed.json().recoveryCodes).size).toBe(10);

      const status = (await browser.request('GET', '/api/v1/auth/two-factor')).json();
      expect(status).toEqual(jasmine.objectContaining({ enrolled: true, recoveryCodesLeft: 10, required: false }));
      expect((await browser.request('POST', '/api/v1/auth/two-factor/enrolment')).statusCode).toBe(409);
    });

    it('stores the secret encrypted, never the base32 key, and recovery codes only as hashes', async () => {
      const { authenticator, recoveryCodes } = await enrolUser(t, therapist.email);
      const stored = await t.database.db.selectFrom('second_factors').selectAll().where('user_id', '=', therapist.id).executeTakeFirstOrThrow();
      expect(stored.secret_encrypted).not.toContain(authenticator.secret);
      expect(stored.secret_encrypted).toMatch(/^v1:/);
      expect(decryptSecret((t.app as { twoFactorKey: Buffer }).twoFactorKey, stored.secret_encrypted, therapist.id)).toBe(authenticator.secret);
      // Bound to its owner: the same ciphertext does not open as another user's.
      expect(() => decryptSecret((t.app as { twoFactorKey: Buffer }).twoFactorKey, stored.secret_encrypted, admin.id)).toThrow();

      const codes = await t.database.db.selectFrom('recovery_codes').selectAll().execute();
      const table = JSON.stringify(codes);
      for (const code of recoveryCodes) {
        expect(table).not.toContain(code);
        expect(table).not.toContain(code.replace('-', ''));
      }
    });
  });

  describe('code step at sign-in', () => {
    it('holds a password-only session to the two-factor routes, then accepts a code once', async () => {
      const { authenticator } = await enrolUser(t, therapist.email);
      const browser = new Browser(t.app);
      const signIn = await browser.signIn(therapist.email);
      expect(signIn.statusCode).toBe(200);
      expect(signIn.json().session.pendingStep).toBe('second-factor');
      const pendingCookie = browser.cookie('__Host-cc_session');

      expect((await browser.request('GET', '/api/v1/clients')).statusCode).toBe(403);
      expect((await browser.request('GET', '/api/v1/auth/me')).statusCode).toBe(403);
      expect((await browser.request('POST', '/api/v1/auth/change-password', { currentPassword: TEST_PASSWORD, newPassword: 'another long passphrase' })).statusCode).toBe(403);
      expect((await browser.request('POST', '/api/v1/auth/two-factor/enrolment')).statusCode).toBe(403);
      expect((await browser.request('GET', '/api/v1/auth/session')).json().session.session.pendingStep).toBe('second-factor');

      const code = await authenticator.code();
      const verified = await browser.request('POST', '/api/v1/auth/two-factor/verify', { code });
      expect(verified.statusCode).toBe(200);
      expect(verified.json().session.pendingStep).toBeNull();
      expect((await browser.request('GET', '/api/v1/clients')).statusCode).toBe(200);
      // A new token replaced the pre-code one, which no longer opens anything.
      expect(browser.cookie('__Host-cc_session')).not.toBe(pendingCookie);
      const stale = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', cookies: { '__Host-cc_session': pendingCookie! } });
      expect(stale.json().session).toBeNull();

      // The same code, replayed within its window from another sign-in, is refused.
      const replay = new Browser(t.app);
      await replay.signIn(therapist.email);
      const refused = await replay.request('POST', '/api/v1/auth/two-factor/verify', { code });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors[0].field).toBe('code');
      expect((await replay.request('GET', '/api/v1/clients')).statusCode).toBe(403);

      t.clock.advanceSeconds(30);
      expect((await replay.request('POST', '/api/v1/auth/two-factor/verify', { code: await authenticator.code() })).statusCode).toBe(200);
    });

    it('refuses concurrent replays of one code: exactly one wins', async () => {
      const { authenticator } = await enrolUser(t, therapist.email);
      const browsers = [new Browser(t.app), new Browser(t.app), new Browser(t.app), new Browser(t.app)];
      for (const browser of browsers) {
        await browser.signIn(therapist.email);
      }
      const code = await authenticator.code();
      const answers = await Promise.all(browsers.map((browser) => browser.request('POST', '/api/v1/auth/two-factor/verify', { code })));
      expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 400, 400, 400]);
    });

    it('accepts each recovery code once, in any case and with or without the hyphen', async () => {
      const { recoveryCodes } = await enrolUser(t, therapist.email);
      const first = new Browser(t.app);
      await first.signIn(therapist.email);
      const used = await first.request('POST', '/api/v1/auth/two-factor/verify', { recoveryCode: ` ${recoveryCodes[0].toLowerCase()} ` });
      expect(used.statusCode).toBe(200);
      expect((await first.request('GET', '/api/v1/auth/two-factor')).json().recoveryCodesLeft).toBe(9);

      const second = new Browser(t.app);
      await second.signIn(therapist.email);
      const again = await second.request('POST', '/api/v1/auth/two-factor/verify', { recoveryCode: recoveryCodes[0].replace('-', '') });
      expect(again.statusCode).toBe(400);
      expect(again.json().errors[0].field).toBe('recoveryCode');
      expect((await second.request('POST', '/api/v1/auth/two-factor/verify', { recoveryCode: recoveryCodes[1] })).statusCode).toBe(200);
    });

    it('counts wrong codes as failed sign-ins: the sixth try waits', async () => {
      const { authenticator } = await enrolUser(t, therapist.email);
      const browser = new Browser(t.app);
      await browser.signIn(therapist.email);
      for (let attempt = 1; attempt <= 5; attempt++) {
        const wrong = await browser.request('POST', '/api/v1/auth/two-factor/verify', { code: '000000' });
        expect(wrong.statusCode).withContext(`attempt ${attempt}`).toBe(400);
      }
      const paused = await browser.request('POST', '/api/v1/auth/two-factor/verify', { code: await authenticator.code() });
      expect(paused.statusCode).toBe(429);
      expect(Number(paused.headers['retry-after'])).toBeGreaterThan(0);
    });

    it('keeps counting wrong codes when the password is entered again, from another address', async () => {
      // Two addresses, so that only the per-account count can stop the sixth guess.
      const proxied = await createTestApp({ trustProxy: true });
      try {
        const user = await addUser(proxied, 'therapist');
        const { authenticator } = await enrolUser(proxied, user.email);
        const guess = async (browser: Browser, ip: string) =>
          (await browser.request('POST', '/api/v1/auth/two-factor/verify', { code: '000000' }, { headers: { 'x-forwarded-for': ip } })).statusCode;
        const first = new Browser(proxied.app);
        await first.request('POST', '/api/v1/auth/sign-in', { email: user.email, password: TEST_PASSWORD }, { headers: { 'x-forwarded-for': '203.0.113.1' } });
        for (let attempt = 1; attempt <= 3; attempt++) {
          expect(await guess(first, '203.0.113.1')).toBe(400);
        }
        const second = new Browser(proxied.app);
        const again = await second.request('POST', '/api/v1/auth/sign-in', { email: user.email, password: TEST_PASSWORD }, { headers: { 'x-forwarded-for': '203.0.113.2' } });
        expect(again.statusCode).toBe(200);
        for (let attempt = 4; attempt <= 5; attempt++) {
          expect(await guess(second, '203.0.113.2')).toBe(400);
        }
        const paused = await second.request('POST', '/api/v1/auth/two-factor/verify', { code: await authenticator.code() }, { headers: { 'x-forwarded-for': '203.0.113.2' } });
        expect(paused.statusCode).toBe(429);
      } finally {
        await proxied.close();
      }
    });

    it('still asks for the code after an administrator resets the password', async () => {
      await enrolUser(t, therapist.email);
      const adminBrowser = await signedInAdmin();
      const reset = await adminBrowser.request('POST', `/api/v1/users/${therapist.id}/password-reset`);
      const signIn = await new Browser(t.app).signIn(therapist.email, reset.json().temporaryPassword);
      expect(signIn.statusCode).toBe(200);
      expect(signIn.json().session.pendingStep).toBe('second-factor');
    });
  });

  describe('clinic policy', () => {
    it('sends a therapist without an authenticator to enrolment and nowhere else until done', async () => {
      await requireFor(['therapist']);
      const browser = new Browser(t.app);
      const signIn = await browser.signIn(therapist.email);
      expect(signIn.json().session.pendingStep).toBe('enrolment');
      expect((await browser.request('GET', '/api/v1/clients')).statusCode).toBe(403);
      expect((await browser.request('POST', '/api/v1/auth/two-factor/verify', { code: '123456' })).statusCode).toBe(409);

      const authenticator = await startEnrolment(t, browser);
      const confirmed = await browser.request('POST', '/api/v1/auth/two-factor/enrolment/confirm', { code: await authenticator.code() });
      expect(confirmed.statusCode).toBe(200);
      expect(confirmed.json().sessionInfo.session.pendingStep).toBeNull();
      expect((await browser.request('GET', '/api/v1/clients')).statusCode).toBe(200);
      expect((await browser.request('GET', '/api/v1/auth/two-factor')).json().required).toBeTrue();

      // Supervisors are not in the policy: no step for them.
      const supervisor = await addUser(t, 'supervisor');
      const supervisorSignIn = await new Browser(t.app).signIn(supervisor.email);
      expect(supervisorSignIn.json().session?.pendingStep).withContext(supervisorSignIn.body).toBeNull();
    });

    it('is for administrators only, validated, and versioned', async () => {
      const therapistBrowser = new Browser(t.app);
      await therapistBrowser.signIn(therapist.email);
      expect((await therapistBrowser.request('GET', '/api/v1/two-factor-policy')).statusCode).toBe(403);

      const browser = await signedInAdmin();
      expect((await browser.request('GET', '/api/v1/two-factor-policy')).json()).toEqual({ requiredFor: 'none', roles: [], version: 1 });
      const noRoles = await browser.request('PUT', '/api/v1/two-factor-policy', { requiredFor: 'roles', roles: [], version: 1 });
      expect(noRoles.statusCode).toBe(400);
      expect(noRoles.json().errors[0].field).toBe('roles');
      const unknownRole = await browser.request('PUT', '/api/v1/two-factor-policy', { requiredFor: 'roles', roles: ['owner'], version: 1 });
      expect(unknownRole.statusCode).toBe(400);

      const saved = await browser.request('PUT', '/api/v1/two-factor-policy', { requiredFor: 'all', roles: [], version: 1 });
      expect(saved.json()).toEqual({ requiredFor: 'all', roles: [], version: 2 });
      const stale = await browser.request('PUT', '/api/v1/two-factor-policy', { requiredFor: 'none', roles: [], version: 1 });
      expect(stale.statusCode).toBe(409);
      expect((await browser.request('GET', '/api/v1/two-factor-policy')).json().requiredFor).toBe('all');
      const audited = await t.database.db.selectFrom('audit_events').select('action').where('action', '=', 'two-factor-policy-update').execute();
      expect(audited.length).toBe(1);
    });
  });

  describe('administrator reset', () => {
    it('removes the factor, ends the sessions, is audited, and the user enrols again', async () => {
      await requireFor(['therapist']);
      const therapistBrowser = new Browser(t.app);
      await therapistBrowser.signIn(therapist.email);
      const authenticator = await startEnrolment(t, therapistBrowser);
      await therapistBrowser.request('POST', '/api/v1/auth/two-factor/enrolment/confirm', { code: await authenticator.code() });
      expect((await therapistBrowser.request('GET', '/api/v1/clients')).statusCode).toBe(200);

      const adminBrowser = await signedInAdmin();
      expect((await therapistBrowser.request('POST', `/api/v1/users/${admin.id}/two-factor-reset`)).statusCode).toBe(403);
      const reset = await adminBrowser.request('POST', `/api/v1/users/${therapist.id}/two-factor-reset`);
      expect(reset.statusCode).toBe(204);
      expect((await adminBrowser.request('POST', '/api/v1/users/0190a3f0-0000-7000-8000-000000000000/two-factor-reset')).statusCode).toBe(404);

      expect((await therapistBrowser.request('GET', '/api/v1/clients')).statusCode).toBe(401);
      expect(await t.database.db.selectFrom('second_factors').selectAll().where('user_id', '=', therapist.id).execute()).toEqual([]);
      expect(await t.database.db.selectFrom('recovery_codes').selectAll().where('user_id', '=', therapist.id).execute()).toEqual([]);
      const events = await t.database.db.selectFrom('audit_events').selectAll().where('action', '=', 'two-factor-reset').execute();
      expect(events.map((event) => [event.user_id, event.record_id])).toEqual([[admin.id, therapist.id]]);

      expect((await new Browser(t.app).signIn(therapist.email)).json().session.pendingStep).toBe('enrolment');
    });
  });

  describe('recovery codes', () => {
    it('regenerates them only with a current code, and the old ones stop working', async () => {
      const { authenticator, recoveryCodes } = await enrolUser(t, therapist.email);
      const browser = new Browser(t.app);
      await browser.signIn(therapist.email);
      await browser.request('POST', '/api/v1/auth/two-factor/verify', { code: await authenticator.code() });

      const wrong = await browser.request('POST', '/api/v1/auth/two-factor/recovery-codes', { code: '000000' });
      expect(wrong.statusCode).toBe(400);
      t.clock.advanceSeconds(30);
      const fresh = await browser.request('POST', '/api/v1/auth/two-factor/recovery-codes', { code: await authenticator.code() });
      expect(fresh.statusCode).toBe(200);
      expect(fresh.json().recoveryCodes.length).toBe(10);

      const later = new Browser(t.app);
      await later.signIn(therapist.email);
      expect((await later.request('POST', '/api/v1/auth/two-factor/verify', { recoveryCode: recoveryCodes[0] })).statusCode).toBe(400);
      expect((await later.request('POST', '/api/v1/auth/two-factor/verify', { recoveryCode: fresh.json().recoveryCodes[0] })).statusCode).toBe(200);
    });
  });
});
