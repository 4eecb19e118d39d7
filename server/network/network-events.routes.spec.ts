import { addUser, Browser, createTestApp, type TestApp, type TestUser } from '../spec/helpers/test-app';
import { addClient } from '../spec/helpers/test-clients';
import { memberBody } from '../spec/helpers/test-network';

describe('network events routes', () => {
  let t: TestApp;
  let therapist: TestUser;
  let browser: Browser;
  let clientId: string;
  let base: string;

  beforeEach(async () => {
    t = await createTestApp();
    therapist = await addUser(t, 'therapist');
    clientId = await addClient(t, therapist.id);
    base = `/api/v1/clients/${clientId}/network`;
    browser = new Browser(t.app);
    await browser.signIn(therapist.email);
  });

  afterEach(async () => {
    await t.close();
  });

  const DAY_SECONDS = 86_400;

  /** A sibling added in January, strained on the clock's day, a friend ended in the summer. */
  async function recordHistory(): Promise<{ siblingId: string; friendId: string }> {
    const sibling = (await browser.request('POST', base, memberBody({ activeFrom: '2026-01-05' }))).json();
    const friend = (await browser.request('POST', base, memberBody({ name: 'Sam Friend', relationship: 'friend', activeFrom: '2026-02-01', consent: { status: 'not-asked', scope: '', givenOn: null, expiresOn: null } }))).json();
    t.clock.advanceSeconds(3 * DAY_SECONDS);
    // Three days on, the sign-in session has long timed out.
    await browser.signIn(therapist.email);
    const strained = await browser.request('PUT', `${base}/${sibling.id}`, { ...memberBody({ activeFrom: '2026-01-05', tieQuality: 'strained' }), version: 1 });
    expect(strained.statusCode).toBe(200);
    const ended = await browser.request('POST', `${base}/${friend.id}/end`, { endedOn: '2026-07-31', endReason: 'Moved away', version: 1 });
    expect(ended.statusCode).toBe(200);
    return { siblingId: sibling.id, friendId: friend.id };
  }

  it('lists what changed in the network, oldest first, with dates and opaque ids only, and audits the read', async () => {
    const { siblingId, friendId } = await recordHistory();
    const response = await browser.request('GET', `${base}/events`);
    expect(response.statusCode).toBe(200);
    const items = response.json().items as { memberId: string; kind: string; date: string; from: string | null; to: string | null; id: string }[];
    expect(items.map(({ memberId, kind, date, from, to }) => ({ memberId, kind, date, from, to }))).toEqual([
      { memberId: siblingId, kind: 'tie-added', date: '2026-01-05', from: null, to: null },
      { memberId: friendId, kind: 'tie-added', date: '2026-02-01', from: null, to: null },
      { memberId: siblingId, kind: 'consent-given', date: '2026-02-01', from: null, to: null },
      { memberId: friendId, kind: 'tie-ended', date: '2026-07-31', from: null, to: null },
      // Recorded on the clock's day, 3 days after 2026-11-25.
      { memberId: siblingId, kind: 'quality-changed', date: '2026-11-28', from: 'supportive', to: 'strained' },
    ]);
    expect(response.body).not.toContain('Jo Example');
    expect(response.body).not.toContain('Moved away');
    const audited = await t.database.db.selectFrom('audit_events').select(['action', 'outcome', 'record_id']).where('record_type', '=', 'network-events').execute();
    expect(audited).toEqual([{ action: 'read', outcome: 'success', record_id: clientId }]);
  });

  it('answers an empty timeline for a client with no network', async () => {
    const response = await browser.request('GET', `${base}/events`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ items: [] });
  });

  it('lets the team supervisor read the timeline, and hides it from another therapist as missing (audited as denied)', async () => {
    await recordHistory();
    const supervisor = await addUser(t, 'supervisor');
    await t.database.db.updateTable('users').set({ supervisor_id: supervisor.id }).where('id', '=', therapist.id).execute();
    const supervisorBrowser = new Browser(t.app);
    await supervisorBrowser.signIn(supervisor.email);
    const read = await supervisorBrowser.request('GET', `${base}/events`);
    expect(read.statusCode).toBe(200);
    expect(read.json().items.length).toBe(5);

    const otherSupervisor = await addUser(t, 'supervisor');
    const stranger = await addUser(t, 'therapist', { supervisorId: otherSupervisor.id });
    for (const user of [stranger, otherSupervisor]) {
      const outsider = new Browser(t.app);
      await outsider.signIn(user.email);
      const response = await outsider.request('GET', `${base}/events`);
      expect(response.statusCode).withContext(user.role).toBe(404);
    }
    const denied = await t.database.db.selectFrom('audit_events').select('outcome').where('record_type', '=', 'network-events').where('outcome', '=', 'denied').execute();
    expect(denied.length).toBe(2);
  });

  it('refuses an administrator, who sees no clinical content', async () => {
    const admin = await addUser(t, 'admin');
    const adminBrowser = new Browser(t.app);
    await adminBrowser.signIn(admin.email);
    expect((await adminBrowser.request('GET', `${base}/events`)).statusCode).toBe(403);
  });

  it('answers an unknown client as missing and a malformed id as a bad request', async () => {
    expect((await browser.request('GET', '/api/v1/clients/01890f3e-0000-7000-8000-000000000000/network/events')).statusCode).toBe(404);
    expect((await browser.request('GET', '/api/v1/clients/not-an-id/network/events')).statusCode).toBe(400);
  });
});
