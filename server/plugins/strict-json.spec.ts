import { addUser, Browser, createTestApp, type TestApp } from '../spec/helpers/test-app';
import { clientBody } from '../spec/helpers/test-clients';

/** Issue 14 item 6: malformed UTF-8 in a JSON body was stored as U+FFFD; now refused with 400. */
describe('JSON bodies that are not valid UTF-8', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await createTestApp();
    const supervisor = await addUser(t, 'supervisor');
    const therapist = await addUser(t, 'therapist', { supervisorId: supervisor.id });
    browser = new Browser(t.app);
    expect((await browser.signIn(therapist.email)).statusCode).toBe(200);
  });

  afterAll(async () => {
    await t.close();
  });

  const postRaw = (bytes: Buffer) =>
    browser.request('POST', '/api/v1/clients', bytes, { headers: { 'content-type': 'application/json' } });

  const countClients = async () =>
    Number((await t.database.db.selectFrom('clients').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  for (const [what, broken] of [
    ['a lone continuation byte', Buffer.from([0x80])],
    ['a truncated two-byte sequence', Buffer.from([0xc3])],
    ['an overlong encoding', Buffer.from([0xc0, 0xaf])],
    ['a UTF-16 surrogate encoded as UTF-8', Buffer.from([0xed, 0xa0, 0x80])],
  ] as const) {
    it(`refuses ${what} with 400, storing nothing`, async () => {
      const json = JSON.stringify(clientBody({ preferredName: 'ROBIN' }));
      const at = json.indexOf('ROBIN');
      const body = Buffer.concat([Buffer.from(json.slice(0, at)), broken, Buffer.from(json.slice(at))]);
      const before = await countClients();
      const response = await postRaw(body);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([{ field: '(body)', message: 'Not valid UTF-8 text.' }]);
      expect(await countClients()).toBe(before);
    });
  }

  it('accepts well-formed non-ASCII text unchanged', async () => {
    const response = await postRaw(Buffer.from(JSON.stringify(clientBody({ preferredName: 'Zoë 李 🙂' })), 'utf8'));
    expect(response.statusCode).toBe(201);
    expect(response.json().preferredName).toBe('Zoë 李 🙂');
  });

  it('still refuses JSON that does not parse, and prototype poisoning', async () => {
    expect((await postRaw(Buffer.from('{"preferredName":'))).statusCode).toBe(400);
    expect((await postRaw(Buffer.from('{"__proto__":{"x":1}}'))).statusCode).toBe(400);
  });
});
