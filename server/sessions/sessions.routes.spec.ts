import { addUser, Browser, createTestApp, type TestApp, type TestUser } from '../spec/helpers/test-app';
import { addClient } from '../spec/helpers/test-clients';
import { memberBody } from '../spec/helpers/test-network';

describe('family session routes', () => {
  let t: TestApp;
  let therapist: TestUser;
  let browser: Browser;
  let clientId: string;
  let base: string;
  let consenting: string;
  let unconsenting: string;

  // The spec clock stands at 2026-11-25T09:00Z.
  const plan = (overrides: Record<string, unknown> = {}) => ({
    type: 'family-session',
    modality: 'in-person',
    startsAt: '2026-12-01T14:00:00Z',
    durationMinutes: 60,
    location: 'Room 3',
    memberIds: [consenting],
    goals: 'Agree on support for mornings',
    ...overrides,
  });

  beforeEach(async () => {
    t = await createTestApp();
    therapist = await addUser(t, 'therapist');
    clientId = await addClient(t, therapist.id);
    base = `/api/v1/clients/${clientId}/sessions`;
    browser = new Browser(t.app);
    await browser.signIn(therapist.email);
    consenting = (await browser.request('POST', `/api/v1/clients/${clientId}/network`, memberBody({ name: 'Consenting Sister' }))).json().id;
    unconsenting = (
      await browser.request(
        'POST',
        `/api/v1/clients/${clientId}/network`,
        memberBody({ name: 'Unasked Uncle', relationship: 'other-relative', consent: { status: 'not-asked', scope: '', givenOn: null, expiresOn: null } }),
      )
    ).json().id;
  });

  afterEach(async () => {
    await t.close();
  });

  const countSessions = async () =>
    Number((await t.database.db.selectFrom('family_sessions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('plans a session with an active, consenting member', async () => {
    const response = await browser.request('POST', base, plan());
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual(jasmine.objectContaining({ status: 'planned', version: 1, durationMinutes: 60 }));
    expect(response.json().attendees).toEqual([{ kind: 'member', id: consenting, name: 'Consenting Sister', attendance: 'invited' }]);
  });

  it('refuses an attendee who is not an active member of this client, naming the entry', async () => {
    const otherClient = await addClient(t, therapist.id);
    const foreign = (await browser.request('POST', `/api/v1/clients/${otherClient}/network`, memberBody())).json().id;
    const response = await browser.request('POST', base, plan({ memberIds: [consenting, foreign] }));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'memberIds.1', message: "Not an active member of this client's network." }]);
    expect(await countSessions()).toBe(0);
  });

  it('refuses an ended member as an attendee', async () => {
    await browser.request('POST', `/api/v1/clients/${clientId}/network/${consenting}/end`, { endedOn: '2026-11-01', endReason: 'Moved', version: 1 });
    const response = await browser.request('POST', base, plan());
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('memberIds.0');
  });

  it('needs an acknowledgement to invite a member without current consent', async () => {
    const unacknowledged = await browser.request('POST', base, plan({ memberIds: [consenting, unconsenting] }));
    expect(unacknowledged.statusCode).toBe(409);
    expect(unacknowledged.json().errors).toEqual([jasmine.objectContaining({ field: 'memberIds.1' })]);
    expect(await countSessions()).toBe(0);
    const acknowledged = await browser.request('POST', base, plan({ memberIds: [consenting, unconsenting], consentWarningAcknowledged: true }));
    expect(acknowledged.statusCode).toBe(201);
  });

  it("warns about overlapping sessions of the same therapist, across clients", async () => {
    await browser.request('POST', base, plan());
    const otherClient = await addClient(t, therapist.id);
    const overlapping = { ...plan({ memberIds: [], startsAt: '2026-12-01T14:30:00Z' }) };
    const warned = await browser.request('POST', `/api/v1/clients/${otherClient}/sessions`, overlapping);
    expect(warned.statusCode).toBe(409);
    expect(warned.json().errors).toEqual([{ field: 'startsAt', message: 'Overlaps 1 other session(s) of yours.' }]);
    const backToBack = await browser.request('POST', `/api/v1/clients/${otherClient}/sessions`, plan({ memberIds: [], startsAt: '2026-12-01T15:00:00Z' }));
    expect(backToBack.statusCode).toBe(201);
    const acknowledged = await browser.request('POST', `/api/v1/clients/${otherClient}/sessions`, { ...overlapping, overlapAcknowledged: true });
    expect(acknowledged.statusCode).toBe(201);
  });

  it('refuses a start in the past when planning, but accepts it when recording a past session', async () => {
    const past = await browser.request('POST', base, plan({ startsAt: '2026-11-20T14:00:00Z' }));
    expect(past.statusCode).toBe(400);
    expect(past.json().errors[0].field).toBe('startsAt');
    expect((await browser.request('POST', base, plan({ startsAt: '2026-11-20T14:00:00Z', pastSession: true }))).statusCode).toBe(201);
  });

  it('refuses a zero duration and one over eight hours', async () => {
    for (const durationMinutes of [0, 481]) {
      const response = await browser.request('POST', base, plan({ durationMinutes }));
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].field).toBe('durationMinutes');
    }
    expect(await countSessions()).toBe(0);
  });

  describe('recording', () => {
    let sessionId: string;
    const record = (overrides: Record<string, unknown> = {}) => ({
      status: 'completed',
      attendance: [{ id: consenting, attendance: 'attended' }],
      goals: 'Agree on support for mornings',
      summary: 'Sister will drive on Tuesdays.',
      interventions: 'Problem solving',
      dynamicsObservations: 'CLINICAL-DYNAMICS: sister speaks for the client',
      outcomes: 'Plan agreed',
      riskConcerns: 'CLINICAL-RISK: none acute',
      followUps: [{ what: 'Send the plan to the sister', ownerKind: 'clinician', dueOn: '2026-12-08' }],
      version: 1,
      ...overrides,
    });

    beforeEach(async () => {
      sessionId = (await browser.request('POST', base, plan({ startsAt: '2026-11-24T14:00:00Z', pastSession: true }))).json().id;
    });

    it('records attendance, the record and follow-ups; open follow-ups show for the client', async () => {
      const response = await browser.request('PUT', `${base}/${sessionId}/record`, record());
      expect(response.statusCode).toBe(200);
      expect(response.json().attendees[0].attendance).toBe('attended');
      const followUps = (await browser.request('GET', `/api/v1/clients/${clientId}/follow-ups`)).json().items;
      expect(followUps.map((f: { what: string }) => f.what)).toEqual(['Send the plan to the sister']);
    });

    it('refuses attendance for someone not invited, and a member follow-up owner from elsewhere', async () => {
      const response = await browser.request('PUT', `${base}/${sessionId}/record`, record({
        attendance: [{ id: unconsenting, attendance: 'attended' }],
        followUps: [{ what: 'Call', ownerKind: 'member', ownerMemberId: '01939a1e-0000-7000-8000-00000000dead', dueOn: '2026-12-08' }],
      }));
      expect(response.statusCode).toBe(400);
      expect(response.json().errors.map((e: { field: string }) => e.field)).toEqual(['attendance.0.id', 'followUps.0.ownerMemberId']);
    });

    it('turns later changes of a completed session into amendments with history', async () => {
      await browser.request('PUT', `${base}/${sessionId}/record`, record());
      const withoutReason = await browser.request('PUT', `${base}/${sessionId}/record`, record({ summary: 'Changed', version: 2 }));
      expect(withoutReason.statusCode).toBe(400);
      expect(withoutReason.json().errors[0].field).toBe('amendmentReason');
      const amended = await browser.request('PUT', `${base}/${sessionId}/record`, record({ summary: 'Sister drives Tuesdays and Fridays.', version: 2, amendmentReason: 'Day added after call' }));
      expect(amended.statusCode).toBe(200);
      expect(amended.json().amended).toBeTrue();
      const history = (await browser.request('GET', `${base}/${sessionId}/history`)).json().items;
      expect(history.map((r: { version: number; reason: string | null; session: { summary: string } }) => [r.version, r.reason, r.session.summary])).toEqual([
        [2, null, 'Sister will drive on Tuesdays.'],
        [3, 'Day added after call', 'Sister drives Tuesdays and Fridays.'],
      ]);
      const stale = await browser.request('PUT', `${base}/${sessionId}/record`, record({ version: 2, amendmentReason: 'x' }));
      expect(stale.statusCode).toBe(409);
    });

    it('ticks a follow-up off from the Overview: it leaves the open list, and the completed session keeps a revision', async () => {
      const recorded = (await browser.request('PUT', `${base}/${sessionId}/record`, record())).json();
      const followUpId = recorded.followUps[0].id;
      const stale = await browser.request('PUT', `${base}/${sessionId}/follow-ups/${followUpId}`, { done: true, version: 1 });
      expect(stale.statusCode).toBe(409);
      const done = await browser.request('PUT', `${base}/${sessionId}/follow-ups/${followUpId}`, { done: true, version: 2 });
      expect(done.statusCode).toBe(200);
      expect(done.json().followUps[0].done).toBeTrue();
      expect(done.json().amended).toBeFalse();
      expect((await browser.request('GET', `/api/v1/clients/${clientId}/follow-ups`)).json().items).toEqual([]);
      const history = (await browser.request('GET', `${base}/${sessionId}/history`)).json().items;
      expect(history.map((r: { version: number; reason: string | null }) => [r.version, r.reason])).toEqual([
        [2, null],
        [3, 'Follow-up marked done.'],
      ]);
      const unknown = await browser.request('PUT', `${base}/${sessionId}/follow-ups/01939a1e-0000-7000-8000-00000000dead`, { done: true, version: 3 });
      expect(unknown.statusCode).toBe(404);
    });

    it('prints a family copy without the clinical-only fields, and audits every printout', async () => {
      await browser.request('PUT', `${base}/${sessionId}/record`, record());
      const family = await browser.request('POST', `${base}/${sessionId}/printouts`, { copy: 'family' });
      expect(family.statusCode).toBe(200);
      expect(family.body).not.toContain('CLINICAL-');
      expect(family.json().session.summary).toBe('Sister will drive on Tuesdays.');
      const clinician = await browser.request('POST', `${base}/${sessionId}/printouts`, { copy: 'clinician' });
      expect(clinician.body).toContain('CLINICAL-RISK');
      const printed = await t.database.db.selectFrom('audit_events').select('action').where('record_id', '=', sessionId).where('action', 'like', 'print-%').execute();
      expect(printed.map((event) => event.action).sort()).toEqual(['print-clinician-copy', 'print-family-copy']);
    });
  });

  it('exports a planned session as an .ics event without surname or clinical text', async () => {
    const session = (await browser.request('POST', base, plan())).json();
    const response = await browser.request('GET', `${base}/${session.id}/calendar.ics`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/calendar');
    expect(response.body).toContain('SUMMARY:Family session - Sam');
    expect(response.body).not.toContain('Example');
    expect(response.body).not.toContain('Agree on support');
  });

  it('lists the therapist agenda across clients between two dates', async () => {
    await browser.request('POST', base, plan());
    const agenda = await browser.request('GET', '/api/v1/sessions/agenda?from=2026-11-25&to=2026-12-31');
    expect(agenda.statusCode).toBe(200);
    expect(agenda.json().items.map((entry: { client: { id: string } }) => entry.client.id)).toEqual([clientId]);
    const bad = await browser.request('GET', '/api/v1/sessions/agenda?from=2026-12-31&to=2026-11-25');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('querystring.to');
  });
});
