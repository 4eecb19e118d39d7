import { sql } from 'kysely';
import { addUser, Browser, createTestApp, type TestApp } from '../spec/helpers/test-app';

describe('bad input', () => {
  let t: TestApp;
  let browser: Browser;

  beforeEach(async () => {
    t = await createTestApp();
    browser = new Browser(t.app);
  });

  afterEach(async () => {
    await t.close();
  });

  const signIn = (payload: unknown, headers: Record<string, string> = {}) =>
    browser.request('POST', '/api/v1/auth/sign-in', payload, { headers });

  it('answers unknown API routes with a 404 problem document', async () => {
    const response = await browser.request('GET', '/api/v1/no-such-thing');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toEqual(jasmine.objectContaining({ status: 404, title: 'Not found' }));
  });

  it('answers malformed JSON with 400 naming the body, and keeps serving', async () => {
    const response = await signIn('{"email": "a@b.org", ', { 'content-type': 'application/json' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: '(body)', message: 'Not valid JSON.' }]);
    expect((await browser.request('GET', '/api/v1/health')).statusCode).toBe(200);
  });

  it('names each missing field', async () => {
    const response = await signIn({});
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((error: { field: string }) => error.field)).toEqual(['email', 'password']);
  });

  it('names a wrong-typed field', async () => {
    const response = await signIn({ email: 42, password: 'x' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([jasmine.objectContaining({ field: 'email' })]);
  });

  it('names an over-long field', async () => {
    const response = await signIn({ email: 'a@b.org', password: 'x'.repeat(129) });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'password', message: 'Must be at most 128 characters.' }]);
  });

  it('rejects unexpected fields instead of ignoring them', async () => {
    const response = await signIn({ email: 'a@b.org', password: 'x', role: 'admin' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'role', message: 'Unknown field.' }]);
  });

  it('names a bad query parameter by its place', async () => {
    const admin = await addUser(t, 'admin');
    await browser.signIn(admin.email);
    const response = await browser.request('GET', '/api/v1/users?pageSize=1000');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('querystring.pageSize');
  });

  it('rejects a body over the size limit', async () => {
    const response = await signIn({ email: 'a@b.org', password: 'x'.repeat(300 * 1024) });
    expect(response.statusCode).toBe(413);
  });

  it('hides internals of server errors and keeps serving', async () => {
    // A broken table makes the next audited request fail inside SQL.
    await sql`drop table audit_events`.execute(t.database.db);
    const response = await signIn({ email: 'someone@clinic.test', password: 'wrong' });
    expect(response.statusCode).toBe(500);
    expect(response.json().detail).toBe('Something went wrong on our side. Nothing was saved.');
    expect(response.body).not.toMatch(/audit_events|sqlite|SELECT|INSERT|at .*\.ts/i);
    expect((await browser.request('GET', '/api/v1/health')).statusCode).toBe(200);
  });

  it('sends a strict Content-Security-Policy and no-store on API answers', async () => {
    const response = await browser.request('GET', '/api/v1/health');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain("'unsafe-inline'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});
