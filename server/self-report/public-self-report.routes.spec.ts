import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { UNUSABLE_LINK_MESSAGE } from '@domain/self-report/unusable-link';
import { sha256 } from '../sign-in-sessions/session-tokens';
import { buildApp } from '../app';
import { parseAnswers, storeAnswers } from './public-submission';
import { addUser, Browser, createTestApp, type TestApp, type TestUser } from '../spec/helpers/test-app';
import { addClient } from '../spec/helpers/test-clients';
import { MSPSS_ANSWERS, sendMspss } from '../spec/helpers/test-self-report';

describe('public self-report links', () => {
  let t: TestApp;
  let therapist: TestUser;
  let browser: Browser;
  let clientId: string;

  beforeEach(async () => {
    t = await createTestApp();
    therapist = await addUser(t, 'therapist');
    clientId = await addClient(t, therapist.id, { preferred_name: 'Sam Q' });
    browser = new Browser(t.app);
    await browser.signIn(therapist.email);
  });

  afterEach(async () => {
    await t.close();
  });

  const publicUrl = (token: string) => `/api/public/self-report/${token}`;
  const open = (token: string) => t.app.inject({ method: 'GET', url: publicUrl(token) });
  const submit = (token: string, payload: unknown) => t.app.inject({ method: 'POST', url: publicUrl(token), payload: payload as object });
  const countMeasures = async () => Number((await t.database.db.selectFrom('measures').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('stores only the SHA-256 of the 256-bit token, and the link carries it on the public origin', async () => {
    const sent = await sendMspss(browser, clientId);
    expect(sent.response.statusCode).toBe(201);
    expect(sent.response.json().link).toBe(`${t.config.publicOrigin}/r/${sent.token}`);
    expect(Buffer.from(sent.token, 'base64url').length).toBe(32);
    const row = await t.database.db.selectFrom('self_report_requests').selectAll().executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(sha256(sent.token));
    expect(JSON.stringify(row)).not.toContain(sent.token);
    // The list never shows a token or a link again.
    const list = await browser.request('GET', `/api/v1/clients/${clientId}/self-report-requests`);
    expect(list.body).not.toContain(sent.token);
    expect(list.json().items[0]).toEqual(jasmine.objectContaining({ state: 'waiting', instruments: ['mspss'], respondentLabel: 'Client', emailed: false }));
  });

  it('shows the form with the clinic, the first name and the instrument, with no cookie set or read and no-store, no-referrer', async () => {
    const { token } = await sendMspss(browser, clientId);
    const response = await t.app.inject({ method: 'GET', url: publicUrl(token), headers: { cookie: `cc_session=whatever; XSRF-TOKEN=x` } });
    expect(response.statusCode).toBe(200);
    const form = response.json();
    expect(form).toEqual(jasmine.objectContaining({ kind: 'measures', clinicName: t.config.clinicName, firstName: 'Sam' }));
    expect(form.instruments.map((i: { code: string; items: unknown[] }) => [i.code, i.items.length])).toEqual([['mspss', 12]]);
    expect(response.body).not.toContain('Example');
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });

  it('stores the answers as a self-report measure scored on the server, audited with the request as actor, without CSRF or session', async () => {
    const { id, token } = await sendMspss(browser, clientId);
    const response = await submit(token, { answers: { mspss: MSPSS_ANSWERS } });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ ok: true });
    expect(response.headers['set-cookie']).toBeUndefined();
    const measures = (await browser.request('GET', `/api/v1/clients/${clientId}/measures`)).json();
    expect(measures.items.length).toBe(1);
    expect(measures.items[0]).toEqual(jasmine.objectContaining({ source: 'self-report', completedBy: 'self-report', administeredOn: '2026-11-25' }));
    expect(measures.items[0].scores.total).toBe(4);
    expect(measures.indicators.latest.mspss).toEqual(jasmine.objectContaining({ total: 4 }));
    const audit = await t.database.db.selectFrom('audit_events').selectAll().where('action', '=', 'self-report-submitted').executeTakeFirstOrThrow();
    expect(audit).toEqual(jasmine.objectContaining({ user_id: null, actor_request_id: id, record_id: id, outcome: 'success' }));
    // The admin's audit view names the request as the actor.
    const admin = new Browser(t.app);
    await admin.signIn((await addUser(t, 'admin')).email);
    const shown = (await admin.request('GET', '/api/v1/audit-events?action=self-report-submitted')).json().items;
    expect(shown).toEqual([jasmine.objectContaining({ userId: null, userName: null, actorRequestId: id, recordId: id })]);
    const list = (await browser.request('GET', `/api/v1/clients/${clientId}/self-report-requests`)).json();
    expect(list.items[0].state).toBe('answered');
  });

  describe('unknown, used, expired and withdrawn links', () => {
    it('all answer 410 with the same body, on GET and POST alike, storing nothing', async () => {
      const used = await sendMspss(browser, clientId);
      expect((await submit(used.token, { answers: { mspss: MSPSS_ANSWERS } })).statusCode).toBe(201);
      const withdrawn = await sendMspss(browser, clientId);
      const withdraw = await browser.request('POST', `/api/v1/clients/${clientId}/self-report-requests/${withdrawn.id}/withdraw`, { version: withdrawn.version });
      expect(withdraw.statusCode).toBe(200);
      const expired = await sendMspss(browser, clientId, { expiresInDays: 1 });
      t.clock.advanceSeconds(86_400);
      const unknown = 'A'.repeat(43);
      const malformed = 'not-a-token';
      const measuresBefore = await countMeasures();
      const bodies = new Set<string>();
      for (const token of [used.token, withdrawn.token, expired.token, unknown, malformed]) {
        for (const response of [await open(token), await submit(token, { answers: { mspss: MSPSS_ANSWERS } })]) {
          expect(response.statusCode).withContext(token).toBe(410);
          expect(response.json().message).toBe(UNUSABLE_LINK_MESSAGE);
          bodies.add(response.body);
        }
      }
      expect(bodies.size).toBe(1);
      expect(await countMeasures()).toBe(measuresBefore);
    });

    it('refuses a link withdrawn or expired between opening the form and submitting it, storing nothing', async () => {
      const withdrawn = await sendMspss(browser, clientId);
      const expiring = await sendMspss(browser, clientId, { expiresInDays: 1 });
      expect((await open(withdrawn.token)).statusCode).toBe(200);
      expect((await open(expiring.token)).statusCode).toBe(200);
      await browser.request('POST', `/api/v1/clients/${clientId}/self-report-requests/${withdrawn.id}/withdraw`, { version: withdrawn.version });
      t.clock.advanceSeconds(86_400);
      expect((await submit(withdrawn.token, { answers: { mspss: MSPSS_ANSWERS } })).statusCode).toBe(410);
      expect((await submit(expiring.token, { answers: { mspss: MSPSS_ANSWERS } })).statusCode).toBe(410);
      expect(await countMeasures()).toBe(0);
    });
  });

  it('stores exactly one of two concurrent submissions of one link', async () => {
    const { token } = await sendMspss(browser, clientId);
    const [first, second] = await Promise.all([
      submit(token, { answers: { mspss: MSPSS_ANSWERS } }),
      submit(token, { answers: { mspss: MSPSS_ANSWERS.map(() => 1) } }),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([201, 410]);
    expect(await countMeasures()).toBe(1);
    expect(Number((await t.database.db.selectFrom('measure_revisions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)).toBe(1);
  });

  it('lets only one of two submissions that both passed the link check store answers: the claiming update decides', async () => {
    const { id, token } = await sendMspss(browser, clientId);
    const row = await t.database.db.selectFrom('self_report_requests').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    // Both start from the same row read before either claimed it, as two racing requests would.
    const noAudit = async () => undefined;
    const answers = parseAnswers(row, { answers: { mspss: MSPSS_ANSWERS } });
    const outcomes = await Promise.allSettled([storeAnswers(t.database.db, noAudit, row, answers, t.config.now()), storeAnswers(t.database.db, noAudit, row, answers, t.config.now())]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = outcomes.find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult;
    expect((refused.reason as { status: number }).status).toBe(410);
    expect(await countMeasures()).toBe(1);
    expect((await open(token)).statusCode).toBe(410);
  });

  describe('bad answers: 400 naming the item, nothing stored, the link still usable', () => {
    const cases: [string, unknown, string][] = [
      ['a missing item', { answers: { mspss: [1, null, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] } }, 'answers.mspss.1'],
      ['too few answers', { answers: { mspss: [1, 1, 1] } }, 'answers.mspss.3'],
      ['an answer off the scale', { answers: { mspss: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 8] } }, 'answers.mspss.11'],
      ['the instrument left out', { answers: {} }, 'answers.mspss'],
      ['an instrument not asked for', { answers: { mspss: MSPSS_ANSWERS, 'ucla-3': [1, 1, 1] } }, 'answers.ucla-3'],
      ['no answers at all', {}, 'answers'],
    ];
    for (const [name, body, field] of cases) {
      it(`refuses ${name}`, async () => {
        const { token } = await sendMspss(browser, clientId);
        const response = await submit(token, body);
        expect(response.statusCode).toBe(400);
        expect(response.json().errors.map((error: { field: string }) => error.field)).toContain(field);
        expect(await countMeasures()).toBe(0);
        expect((await open(token)).statusCode).toBe(200);
      });
    }
  });

  it('answers 429 past the limit per link and per address', async () => {
    await t.close();
    t = await createTestApp({ selfReportLimits: { perToken: 3, perAddress: 5, windowMs: 60_000 } });
    therapist = await addUser(t, 'therapist');
    clientId = await addClient(t, therapist.id);
    browser = new Browser(t.app);
    await browser.signIn(therapist.email);
    const first = await sendMspss(browser, clientId);
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await open(first.token)).statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    // Another link from the same address: allowed until the address's own limit (the refused
    // fourth hit took no slot of the address: a refusal counts against neither).
    const second = await sendMspss(browser, clientId);
    expect((await open(second.token)).statusCode).toBe(200);
    expect((await open(second.token)).statusCode).toBe(200);
    expect((await open(second.token)).statusCode).toBe(429);
    // Another address is not held back by the first one's count.
    const elsewhere = await t.app.inject({ method: 'GET', url: publicUrl(second.token), remoteAddress: '127.0.0.9' });
    expect(elsewhere.statusCode).toBe(200);
    t.clock.advanceSeconds(61);
    expect((await open(first.token)).statusCode).toBe(200);
  });

  it('shares the limits between two app instances on one database (counters in the database, not in memory)', async () => {
    await t.close();
    const limits = { perToken: 4, perAddress: 100, windowMs: 60_000 };
    t = await createTestApp({ selfReportLimits: limits });
    therapist = await addUser(t, 'therapist');
    clientId = await addClient(t, therapist.id);
    browser = new Browser(t.app);
    await browser.signIn(therapist.email);
    const second: FastifyInstance = await buildApp({ ...t.config, selfReportLimits: limits }, t.database);
    await second.ready();
    try {
      const { token } = await sendMspss(browser, clientId);
      const statuses = [];
      // Alternating instances: each alone saw only half the hits, yet the fifth is refused.
      for (const app of [t.app, second, t.app, second, t.app, second]) {
        statuses.push((await app.inject({ method: 'GET', url: publicUrl(token) })).statusCode);
      }
      expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
      const counter = await t.database.db.selectFrom('link_hit_counters').selectAll().where('counter_key', '=', `token:${sha256(token)}`).executeTakeFirstOrThrow();
      expect(counter.hits).toBe(4);
      // No token in the counters: only its hash and the address.
      expect(JSON.stringify(await t.database.db.selectFrom('link_hit_counters').selectAll().execute())).not.toContain(token);
      t.clock.advanceSeconds(61);
      expect((await second.inject({ method: 'GET', url: publicUrl(token) })).statusCode).toBe(200);
    } finally {
      await second.close();
    }
  });

  it('opens no API route: the token as cookie, bearer or path is refused and sets nothing', async () => {
    const { token } = await sendMspss(browser, clientId);
    const clientUrl = `/api/v1/clients/${clientId}/measures`;
    const attempts = [
      await t.app.inject({ method: 'GET', url: clientUrl, headers: { cookie: `cc_session=${token}` } }),
      await t.app.inject({ method: 'GET', url: clientUrl, headers: { cookie: `__Host-cc_session=${token}` } }),
      await t.app.inject({ method: 'GET', url: clientUrl, headers: { authorization: `Bearer ${token}` } }),
      await t.app.inject({ method: 'GET', url: '/api/v1/clients', headers: { cookie: `cc_session=${token}` } }),
      await t.app.inject({ method: 'POST', url: '/api/v1/clients/' + clientId + '/self-report-seen', headers: { cookie: `cc_session=${token}; XSRF-TOKEN=${token}`, 'x-xsrf-token': token } }),
    ];
    for (const response of attempts) {
      expect(response.statusCode).toBe(401);
    }
    // The session endpoint sees nobody signed in.
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: `cc_session=${token}` } })).json().session).toBeNull();
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/clients/${token}` })).statusCode).not.toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/api/public/self-report/${token}/measures` })).statusCode).toBe(404);
  });

  it('never writes the token to the request log: the route pattern is logged instead', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logged: FastifyInstance = await buildApp({ ...t.config, logLevel: 'info', logStream: sink }, t.database);
    await logged.ready();
    try {
      const { token } = await sendMspss(browser, clientId);
      await logged.inject({ method: 'GET', url: publicUrl(token) });
      await logged.inject({ method: 'POST', url: `${publicUrl(token)}?x=1`, payload: { answers: { mspss: MSPSS_ANSWERS } } });
      await logged.inject({ method: 'GET', url: `/r/${token}` });
      const log = lines.join('');
      expect(log).toContain('/api/public/self-report/:token');
      expect(log).not.toContain(token);
    } finally {
      await logged.close();
    }
  });
});
