import { addUser, Browser, createTestApp, type TestApp, type TestUser } from '../spec/helpers/test-app';
import { clientBody } from '../spec/helpers/test-clients';

/** Issue 14 item 8: state-changing requests were not checked for Origin / Sec-Fetch-Site. */
describe('Origin and Sec-Fetch-Site on state-changing requests', () => {
  let t: TestApp;
  let therapist: TestUser;
  let browser: Browser;

  beforeAll(async () => {
    t = await createTestApp({ publicOrigin: 'https://care.example.org' });
    therapist = await addUser(t, 'therapist');
    browser = new Browser(t.app);
    expect((await browser.signIn(therapist.email)).statusCode).toBe(200);
  });

  afterAll(async () => {
    await t.close();
  });

  const countClients = async () =>
    Number((await t.database.db.selectFrom('clients').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  const refused: [string, Record<string, string>][] = [
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site (a sibling subdomain)', { 'sec-fetch-site': 'same-site' }],
    ['an Origin of another site', { origin: 'https://evil.example' }],
    ['an opaque Origin (null)', { origin: 'null' }],
    ['a trusted-looking Origin with a cross-site Sec-Fetch-Site', { origin: 'https://care.example.org', 'sec-fetch-site': 'cross-site' }],
  ];
  for (const [what, headers] of refused) {
    it(`refuses a write with ${what}, with a clear 403, storing nothing and auditing it`, async () => {
      const before = await countClients();
      const response = await browser.request('POST', '/api/v1/clients', clientBody(), { headers });
      expect(response.statusCode).toBe(403);
      expect(response.json().detail).toBe('This request came from another site, so it was refused. Open CareCircle at its own address and try again.');
      expect(await countClients()).toBe(before);
      const audit = await t.database.db.selectFrom('audit_events').select('id').where('action', '=', 'cross-origin-rejected').execute();
      expect(audit.length).toBeGreaterThan(0);
    });
  }

  it('refuses a cross-site sign-in (login CSRF) and sign-out', async () => {
    const other = await addUser(t, 'therapist');
    const tab = new Browser(t.app);
    expect((await tab.request('POST', '/api/v1/auth/sign-in', { email: other.email, password: 'correct horse battery staple' }, { headers: { origin: 'https://evil.example' } })).statusCode).toBe(403);
    expect((await browser.request('POST', '/api/v1/auth/sign-out', undefined, { headers: { 'sec-fetch-site': 'cross-site' } })).statusCode).toBe(403);
  });

  const accepted: [string, Record<string, string>][] = [
    ['Sec-Fetch-Site: same-origin', { 'sec-fetch-site': 'same-origin' }],
    ['Sec-Fetch-Site: none (typed by the user)', { 'sec-fetch-site': 'none' }],
    ['the configured public Origin', { origin: 'https://care.example.org' }],
    ['the Origin of the address it was sent to', { origin: 'http://localhost:80' }],
    ['neither header (not a browser page)', {}],
  ];
  for (const [what, headers] of accepted) {
    it(`accepts a write with ${what}`, async () => {
      const response = await browser.request('POST', '/api/v1/clients', clientBody(), { headers });
      expect(response.statusCode).toBe(201);
    });
  }

  it('leaves reads alone whatever their origin', async () => {
    const response = await browser.request('GET', '/api/v1/clients', undefined, { headers: { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' } });
    expect(response.statusCode).toBe(200);
  });

  it('checks encoded API paths too', async () => {
    const response = await browser.request('POST', '/%61pi/v1/clients', clientBody(), { headers: { origin: 'https://evil.example' } });
    expect(response.statusCode).toBe(403);
  });
});
