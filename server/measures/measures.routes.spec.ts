import { addUser, Browser, createTestApp, type TestApp, type TestUser } from '../spec/helpers/test-app';
import { addClient } from '../spec/helpers/test-clients';

describe('measure routes', () => {
  let t: TestApp;
  let therapist: TestUser;
  let browser: Browser;
  let clientId: string;
  let base: string;

  // The spec clock stands at 2026-11-25T09:00Z; the client started treatment on 2026-01-05.
  const ucla = (overrides: Record<string, unknown> = {}) => ({
    instrument: 'ucla-3',
    administeredOn: '2026-11-20',
    completedBy: 'self-report',
    answers: [2, 2, 3],
    ...overrides,
  });

  beforeEach(async () => {
    t = await createTestApp();
    therapist = await addUser(t, 'therapist');
    clientId = await addClient(t, therapist.id);
    base = `/api/v1/clients/${clientId}/measures`;
    browser = new Browser(t.app);
    await browser.signIn(therapist.email);
  });

  afterEach(async () => {
    await t.close();
  });

  const countMeasures = async () => Number((await t.database.db.selectFrom('measures').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('records each instrument and scores it on the server, ignoring any score the browser sent', async () => {
    const mspss = await browser.request('POST', base, {
      instrument: 'mspss',
      administeredOn: '2026-11-01',
      completedBy: 'clinician-administered',
      answers: [7, 6, 5, 4, 3, 2, 1, 2, 3, 4, 5, 6],
      scores: { total: 7, band: 'high', subscales: {} },
    });
    expect(mspss.statusCode).toBe(201);
    expect(mspss.json().scores).toEqual({ total: 4, subscales: { 'significant-other': 5, family: 4, friends: 3 }, band: 'moderate' });
    const lsns = await browser.request('POST', base, { ...ucla({ instrument: 'lsns-6', answers: [2, 2, 2, 2, 2, 1] }) });
    expect(lsns.json().scores).toEqual({ total: 11, subscales: { family: 6, friends: 5 }, band: 'isolation-risk' });
    const loneliness = await browser.request('POST', base, ucla());
    expect(loneliness.json().scores).toEqual({ total: 7, subscales: {}, band: 'lonely' });
    const stored = await t.database.db.selectFrom('measures').select(['instrument', 'total']).orderBy('instrument').execute();
    expect(stored.map((row) => [row.instrument, Number(row.total)])).toEqual([['lsns-6', 11], ['mspss', 4], ['ucla-3', 7]]);
  });

  it('lists the measures oldest first with today\'s flags', async () => {
    await browser.request('POST', base, ucla({ administeredOn: '2026-11-20', answers: [3, 3, 2] }));
    await browser.request('POST', base, ucla({ administeredOn: '2026-10-01', answers: [1, 1, 1] }));
    const response = await browser.request('GET', base);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.items.map((m: { administeredOn: string }) => m.administeredOn)).toEqual(['2026-10-01', '2026-11-20']);
    // 3 → 8: lonely now, and up by 5, beyond the reliable-change threshold of 3 (published SD: too few
    // clients for the clinic's own), since the previous measure and since the first.
    expect(body.indicators.flags).toEqual(['loneliness', 'decline', 'decline-since-first']);
    expect(body.indicators.latest['ucla-3']).toEqual(jasmine.objectContaining({ total: 8, trend: 'up', improving: false, declined: true, declinedSinceFirst: true }));
    expect(body.indicators.latest['ucla-3'].norm).toEqual(jasmine.objectContaining({ threshold: 3, sdSource: 'published', source: 'Hughes et al. 2004' }));
    const audited = await t.database.db.selectFrom('audit_events').select('action').where('record_type', '=', 'measures').execute();
    expect(audited.map((event) => event.action)).toEqual(['read']);
  });

  it('flags a client measured more than the clinic\'s N days ago as overdue', async () => {
    await browser.request('POST', base, ucla({ administeredOn: '2026-10-27', answers: [1, 1, 1] }));
    expect((await browser.request('GET', base)).json().indicators.flags).withContext('29 days').toEqual([]);
    t.clock.advanceSeconds(2 * 86_400);
    await browser.signIn(therapist.email);
    expect((await browser.request('GET', base)).json().indicators.flags).withContext('31 days').toEqual(['reassessment-overdue']);
  });

  describe('bad input: 400 naming the item, nothing stored', () => {
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['a missing item', ucla({ answers: [1, null, 1] }), 'answers.1', 'Item 2 is unanswered.'],
      ['too few answers', ucla({ answers: [1, 1] }), 'answers.2', 'Item 3 is unanswered.'],
      ['a value outside the scale', ucla({ answers: [1, 1, 4] }), 'answers.2', 'Item 3: answer from 1 to 3.'],
      ['an unknown instrument', ucla({ instrument: 'phq-9' }), 'instrument', 'Unknown instrument.'],
      ['a date in the future', ucla({ administeredOn: '2026-11-26' }), 'administeredOn', 'Must not be in the future.'],
      ['a date before treatment start', ucla({ administeredOn: '2026-01-04' }), 'administeredOn', 'Must not be before treatment start (2026-01-05).'],
    ];
    for (const [name, body, field, message] of cases) {
      it(`refuses ${name}`, async () => {
        const response = await browser.request('POST', base, body);
        expect(response.statusCode).toBe(400);
        expect(response.json().errors).toContain({ field, message });
        expect(await countMeasures()).toBe(0);
      });
    }
  });

  it('corrects a measure by amendment with a reason, re-scoring it and keeping every version', async () => {
    const created = (await browser.request('POST', base, ucla())).json();
    const withoutReason = await browser.request('PUT', `${base}/${created.id}`, { administeredOn: '2026-11-20', completedBy: 'self-report', answers: [1, 1, 1], version: 1 });
    expect(withoutReason.statusCode).toBe(400);
    expect(withoutReason.json().errors[0].field).toBe('amendmentReason');
    const badItem = await browser.request('PUT', `${base}/${created.id}`, { administeredOn: '2026-11-20', completedBy: 'self-report', answers: [1, 1, 9], amendmentReason: 'Typo', version: 1 });
    expect(badItem.json().errors).toEqual([{ field: 'answers.2', message: 'Item 3: answer from 1 to 3.' }]);
    const amended = await browser.request('PUT', `${base}/${created.id}`, {
      administeredOn: '2026-11-20',
      completedBy: 'self-report',
      answers: [1, 1, 1],
      amendmentReason: 'Entered the wrong answer sheet',
      version: 1,
    });
    expect(amended.statusCode).toBe(200);
    expect(amended.json()).toEqual(jasmine.objectContaining({ version: 2, amended: true, scores: { total: 3, subscales: {}, band: 'not-lonely' } }));
    const history = (await browser.request('GET', `${base}/${created.id}/history`)).json().items;
    expect(history.map((r: { version: number; reason: string | null; measure: { scores: { total: number } } }) => [r.version, r.reason, r.measure.scores.total])).toEqual([
      [1, null, 7],
      [2, 'Entered the wrong answer sheet', 3],
    ]);
    // The flag follows the correction.
    expect((await browser.request('GET', base)).json().indicators.flags).toEqual([]);
    const stale = await browser.request('PUT', `${base}/${created.id}`, { administeredOn: '2026-11-20', completedBy: 'self-report', answers: [3, 3, 3], amendmentReason: 'Again', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.version).toBe(2);
  });

  it('lets the supervisor read but not write, and hides the client from other therapists', async () => {
    const created = (await browser.request('POST', base, ucla())).json();
    const supervisor = await addUser(t, 'supervisor');
    await t.database.db.updateTable('users').set({ supervisor_id: supervisor.id }).where('id', '=', therapist.id).execute();
    const supervisorBrowser = new Browser(t.app);
    await supervisorBrowser.signIn(supervisor.email);
    expect((await supervisorBrowser.request('GET', base)).statusCode).toBe(200);
    expect((await supervisorBrowser.request('POST', base, ucla())).statusCode).toBe(403);
    expect((await supervisorBrowser.request('PUT', `${base}/${created.id}`, { administeredOn: '2026-11-20', completedBy: 'self-report', answers: [1, 1, 1], amendmentReason: 'x', version: 1 })).statusCode).toBe(403);
    const other = new Browser(t.app);
    await other.signIn((await addUser(t, 'therapist')).email);
    expect((await other.request('GET', base)).statusCode).toBe(404);
    expect((await other.request('GET', `${base}/${created.id}`)).statusCode).toBe(404);
    expect(await countMeasures()).toBe(1);
  });
});
