import { addUser, Browser, createTestApp, type TestApp } from '../spec/helpers/test-app';
import { addClient, clientBody } from '../spec/helpers/test-clients';

/** Issue 14 item 4: a NUL character answered 500 on PostgreSQL; now 400 naming the field on both engines. */
describe('NUL characters in input', () => {
  let t: TestApp;
  let browser: Browser;
  let clientId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const supervisor = await addUser(t, 'supervisor');
    const therapist = await addUser(t, 'therapist', { supervisorId: supervisor.id });
    clientId = await addClient(t, therapist.id);
    browser = new Browser(t.app);
    expect((await browser.signIn(therapist.email)).statusCode).toBe(200);
  });

  afterAll(async () => {
    await t.close();
  });

  const countClients = async () =>
    Number((await t.database.db.selectFrom('clients').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('refuses a NUL in a body text field with 400 naming it, storing nothing', async () => {
    const before = await countClients();
    const response = await browser.request('POST', '/api/v1/clients', clientBody({ preferredName: 'Ro\u0000bin' }));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'preferredName', message: 'Contains a NUL character, which is not allowed.' }]);
    expect(await countClients()).toBe(before);
  });

  it('names a NUL inside an array entry by its path', async () => {
    const response = await browser.request('POST', '/api/v1/clients', clientBody({ primaryConcerns: ['anxiety', 'gr\u0000ief'] }));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((error: { field: string }) => error.field)).toEqual(['primaryConcerns.1']);
  });

  it('refuses a NUL in a query parameter with 400 naming it', async () => {
    const response = await browser.request('GET', '/api/v1/clients?status=act%00ive');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((error: { field: string }) => error.field)).toEqual(['query.status']);
  });

  it('refuses a NUL in a path parameter with 400 naming it', async () => {
    const response = await browser.request('GET', `/api/v1/clients/${clientId}%00`);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((error: { field: string }) => error.field)).toEqual(['params.id']);
  });

  it('refuses a NUL in the sign-in email and in an account search', async () => {
    const signIn = await new Browser(t.app).request('POST', '/api/v1/auth/sign-in', { email: 'a\u0000@clinic.test', password: 'whatever it is' });
    expect(signIn.statusCode).toBe(400);
    expect(signIn.json().errors.map((error: { field: string }) => error.field)).toEqual(['email']);
    const admin = await addUser(t, 'admin');
    const adminTab = new Browser(t.app);
    await adminTab.signIn(admin.email);
    const search = await adminTab.request('POST', '/api/v1/users/search', { search: '\u0000' });
    expect(search.statusCode).toBe(400);
  });

  it('still accepts ordinary text', async () => {
    expect((await browser.request('POST', '/api/v1/clients/search', { search: 'Sam' })).statusCode).toBe(200);
  });
});
