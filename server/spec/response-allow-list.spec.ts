import Fastify, { type FastifyInstance } from 'fastify';
import { accountSchema } from '@domain/accounts/account';
import { selfReportRequestSchema, type SelfReportRequest } from '@domain/self-report/self-report-request';
import { toAccount } from '../accounts/account-mapping';
import { HttpProblem } from '../http/http-problem';
import { problemErrors } from '../plugins/problem-errors';
import { zodResponses } from '../plugins/zod-responses';
import { zodValidation } from '../plugins/zod-validation';
import { addUser, Browser, createTestApp, type TestApp } from './helpers/test-app';
import { addClient } from './helpers/test-clients';
import { sendMspss } from './helpers/test-self-report';

/**
 * Declared response schemas are an output allow-list (issue #13, item 5): a column that reaches a
 * handler's answer by mistake (a row spread into it, a new column) is not serialised. Proven with
 * the app's own plugins and domain schemas over real rows, then on the real routes.
 */
describe('response allow-list', () => {
  let testApp: TestApp;
  let leaky: FastifyInstance;
  let adminEmail: string;
  let userRow: Record<string, unknown>;
  let request: SelfReportRequest;

  beforeAll(async () => {
    testApp = await createTestApp();
    const admin = await addUser(testApp, 'admin');
    adminEmail = admin.email;
    userRow = await testApp.database.db.selectFrom('users').selectAll().where('id', '=', admin.id).executeTakeFirstOrThrow();
    const therapist = await addUser(testApp, 'therapist');
    const clientId = await addClient(testApp, therapist.id);
    const browser = new Browser(testApp.app);
    await browser.signIn(therapist.email);
    request = (await sendMspss(browser, clientId)).response.json().request;
    const requestRow = await testApp.database.db.selectFrom('self_report_requests').selectAll().where('id', '=', request.id).executeTakeFirstOrThrow();

    // Handlers that leak: each spreads a stored row into its answer.
    leaky = Fastify();
    await leaky.register(problemErrors);
    await leaky.register(zodValidation);
    await leaky.register(zodResponses);
    leaky.get('/account', { schema: { response: { 200: accountSchema } } }, async () => ({
      ...userRow,
      ...toAccount({ ...(userRow as Parameters<typeof toAccount>[0]), supervisor_name: null }),
    }));
    leaky.get('/request', { schema: { response: { 200: selfReportRequestSchema } } }, async () => ({
      ...requestRow,
      ...request,
      email_to: 'family@example.test',
      emailTo: 'family@example.test',
    }));
    leaky.get('/stale', { schema: { response: { 200: accountSchema } } }, async () => {
      throw new HttpProblem(409, 'Conflict', 'Changed.', undefined, {}, { passwordHash: userRow['password_hash'] });
    });
    await leaky.ready();
  });

  afterAll(async () => {
    await leaky.close();
    await testApp.close();
  });

  it('keeps the password hash of a spread user row out of an account answer', async () => {
    expect(String(userRow['password_hash'])).toMatch(/^\$argon2id\$/);
    const response = await leaky.inject({ method: 'GET', url: '/account' });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain('argon2');
    expect(Object.keys(response.json()).sort()).toEqual(Object.keys(accountSchema.shape).sort());
  });

  it('keeps the email address and token hash of a self-report row out of a request answer', async () => {
    const response = await leaky.inject({ method: 'GET', url: '/request' });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain('family@example.test');
    expect(response.body).not.toContain('token_hash');
    expect(response.json()).toEqual(JSON.parse(JSON.stringify(request)));
  });

  it('keeps an undeclared member out of a problem document', async () => {
    const response = await leaky.inject({ method: 'GET', url: '/stale' });
    expect(response.statusCode).toBe(409);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toEqual({ type: '/api/v1/problems/409', title: 'Conflict', status: 409, detail: 'Changed.' });
  });

  it('answers the real routes with the declared members only', async () => {
    const browser = new Browser(testApp.app);
    await browser.signIn(adminEmail);
    const accounts = await browser.request('GET', '/api/v1/users');
    expect(accounts.statusCode).toBe(200);
    expect(accounts.body).not.toContain('argon2');
    for (const account of accounts.json().items) {
      expect(Object.keys(account).sort()).toEqual(Object.keys(accountSchema.shape).sort());
    }
    const me = await browser.request('GET', '/api/v1/auth/me');
    expect(Object.keys(me.json().user).sort()).toEqual(['email', 'id', 'isDemo', 'mustChangePassword', 'name', 'role']);
  });
});
