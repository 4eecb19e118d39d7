import { addUser, Browser, createTestApp, TEST_PASSWORD, type TestApp } from '../spec/helpers/test-app';

/** Issue 14 item 5: hooks must decide on the routed path, so percent-encoded variants of /api/ get the same rules. */
describe('API rules on encoded paths', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  for (const prefix of ['/%61pi', '/%61%70%69', '/ap%69']) {
    it(`refuses a sign-in at ${prefix}/v1/auth/sign-in without the XSRF token`, async () => {
      const user = await addUser(t, 'therapist');
      const browser = new Browser(t.app);
      const response = await browser.request('POST', `${prefix}/v1/auth/sign-in`, { email: user.email, password: TEST_PASSWORD }, { xsrf: false });
      expect(response.statusCode).toBe(403);
      expect(browser.cookie('cc_session') ?? browser.cookie('__Host-cc_session')).toBeUndefined();
    });

    it(`answers ${prefix}/v1/… with Cache-Control: no-store`, async () => {
      const user = await addUser(t, 'therapist');
      const browser = new Browser(t.app);
      expect((await browser.signIn(user.email)).statusCode).toBe(200);
      const me = await browser.request('GET', `${prefix}/v1/auth/me`);
      expect(me.statusCode).toBe(200);
      expect(me.headers['cache-control']).toBe('no-store');
      const missing = await browser.request('GET', `${prefix}/v1/no-such-route`);
      expect(missing.headers['cache-control']).toBe('no-store');
    });
  }

  it('still signs in at the plain path with the token', async () => {
    const user = await addUser(t, 'therapist');
    expect((await new Browser(t.app).signIn(user.email)).statusCode).toBe(200);
  });
});
