import { addUser, Browser, createTestApp, type TestApp, type TestUser } from '../spec/helpers/test-app';
import { addClient } from '../spec/helpers/test-clients';

describe('client overview route', () => {
  let t: TestApp;
  let supervisor: TestUser;
  let therapist: TestUser;
  let browser: Browser;
  let clientId: string;

  beforeEach(async () => {
    t = await createTestApp();
    supervisor = await addUser(t, 'supervisor');
    therapist = await addUser(t, 'therapist', { supervisorId: supervisor.id });
    browser = new Browser(t.app);
    await browser.signIn(therapist.email);
    clientId = await addClient(t, therapist.id, { treatment_start: '2026-01-05', family_consent: 'granted' });
    await browser.request('POST', `/api/v1/clients/${clientId}/network`, {
      name: 'Brother',
      relationship: 'sibling',
      supportTypes: ['emotional'],
      tieStrength: 'strong',
      tieQuality: 'supportive',
      contactFrequency: 'weekly',
      consent: { status: 'granted', scope: '', givenOn: '2026-01-10', expiresOn: '2026-12-10' },
      activeFrom: '2026-01-05',
    });
    await browser.request('POST', `/api/v1/clients/${clientId}/measures`, {
      instrument: 'ucla-3',
      administeredOn: '2026-11-02',
      completedBy: 'clinician-administered',
      answers: [2, 2, 2],
    });
    await browser.request('POST', `/api/v1/clients/${clientId}/sessions`, {
      type: 'family-session',
      modality: 'video',
      startsAt: '2026-12-02T10:00:00Z',
      durationMinutes: 60,
    });
  });

  afterEach(async () => {
    await t.close();
  });

  const overviewEvents = () =>
    t.database.db.selectFrom('audit_events').select(['action', 'outcome', 'user_id']).where('record_type', '=', 'client-overview').where('record_id', '=', clientId).execute();

  async function asSeparately(reader: Browser): Promise<Record<string, unknown>> {
    const read = async (path: string) => (await reader.request('GET', `/api/v1/clients/${clientId}${path}`)).json();
    return {
      client: await read(''),
      history: (await read('/history')).items,
      network: await read('/network'),
      measures: await read('/measures'),
      sessions: (await read('/sessions')).items,
      followUps: (await read('/follow-ups')).items,
    };
  }

  it("answers the first view's six reads in one, each part as its own endpoint answers it, audited as one read", async () => {
    const response = await browser.request('GET', `/api/v1/clients/${clientId}/overview`);

    expect(response.statusCode).toBe(200);
    const overview = response.json();
    expect(overview).toEqual(await asSeparately(browser));
    expect(overview.network.members.map((member: { name: string }) => member.name)).toEqual(['Brother']);
    expect(overview.measures.items.length).toBe(1);
    expect(overview.sessions.length).toBe(1);
    expect(await overviewEvents()).toEqual([{ action: 'read', outcome: 'success', user_id: therapist.id }]);
  });

  it("lets the therapist's supervisor read it", async () => {
    const supervising = new Browser(t.app);
    await supervising.signIn(supervisor.email);

    const response = await supervising.request('GET', `/api/v1/clients/${clientId}/overview`);

    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(await asSeparately(supervising));
  });

  it("answers another therapist 404, as for a missing client, and audits the denial", async () => {
    const other = await addUser(t, 'therapist', { supervisorId: supervisor.id });
    const stranger = new Browser(t.app);
    await stranger.signIn(other.email);

    const response = await stranger.request('GET', `/api/v1/clients/${clientId}/overview`);

    expect(response.statusCode).toBe(404);
    expect(JSON.stringify(response.json())).not.toContain('Brother');
    expect(await overviewEvents()).toEqual([{ action: 'read', outcome: 'denied', user_id: other.id }]);
  });

  it('answers a supervisor of another team 404', async () => {
    const otherSupervisor = await addUser(t, 'supervisor');
    const outsider = new Browser(t.app);
    await outsider.signIn(otherSupervisor.email);

    expect((await outsider.request('GET', `/api/v1/clients/${clientId}/overview`)).statusCode).toBe(404);
  });

  it('refuses an administrator, who sees assignment facts only', async () => {
    const admin = await addUser(t, 'admin');
    const administering = new Browser(t.app);
    await administering.signIn(admin.email);

    expect((await administering.request('GET', `/api/v1/clients/${clientId}/overview`)).statusCode).toBe(403);
  });

  it('refuses a malformed id with 400 naming the field', async () => {
    const response = await browser.request('GET', '/api/v1/clients/not-a-uuid/overview');

    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((error: { field: string }) => error.field)).toContain('params.id');
  });
});
