import { addUser, Browser, createTestApp, type TestApp, type TestUser } from '../spec/helpers/test-app';
import { addClient } from '../spec/helpers/test-clients';
import { memberBody } from '../spec/helpers/test-network';

/**
 * Clinical rules a clinician trying the app found missing (#17 item 5): the client's own decline of
 * family involvement, a record that does not fit the session's date, and risk concerns that raise a
 * flag until reviewed. The spec clock stands at 2026-11-25T09:00Z.
 */
describe('session clinical rules', () => {
  let t: TestApp;
  let therapist: TestUser;
  let supervisor: TestUser;
  let browser: Browser;
  let clientId: string;
  let base: string;
  let memberId: string;

  const plan = (overrides: Record<string, unknown> = {}) => ({
    type: 'family-session',
    modality: 'in-person',
    startsAt: '2026-12-01T14:00:00Z',
    durationMinutes: 60,
    memberIds: [memberId],
    ...overrides,
  });
  const record = (overrides: Record<string, unknown> = {}) => ({
    status: 'completed',
    attendance: [{ id: memberId, attendance: 'attended' }],
    summary: 'Talked it through.',
    riskConcerns: '',
    followUps: [],
    version: 1,
    ...overrides,
  });
  const count = async () => Number((await t.database.db.selectFrom('family_sessions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  async function useClient(familyConsent: 'granted' | 'declined'): Promise<void> {
    clientId = await addClient(t, therapist.id, { family_consent: familyConsent });
    base = `/api/v1/clients/${clientId}/sessions`;
    memberId = (await browser.request('POST', `/api/v1/clients/${clientId}/network`, memberBody())).json().id;
  }

  beforeEach(async () => {
    t = await createTestApp();
    supervisor = await addUser(t, 'supervisor');
    therapist = await addUser(t, 'therapist', { supervisorId: supervisor.id });
    browser = new Browser(t.app);
    await browser.signIn(therapist.email);
  });

  afterEach(async () => t.close());

  describe('a client who declined family involvement', () => {
    beforeEach(async () => useClient('declined'));

    it('warns when a session is planned, naming the acknowledgement, and saves nothing', async () => {
      const response = await browser.request('POST', base, plan());
      expect(response.statusCode).toBe(409);
      expect(response.json().errors).toEqual([jasmine.objectContaining({ field: 'clientDeclinedAcknowledged' })]);
      expect(await count()).toBe(0);
    });

    it('needs a reason with the acknowledgement', async () => {
      const response = await browser.request('POST', base, plan({ clientDeclinedAcknowledged: true, clientDeclinedReason: '   ' }));
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([jasmine.objectContaining({ field: 'clientDeclinedReason' })]);
      expect(await count()).toBe(0);
    });

    it('plans it with the acknowledgement and keeps the reason, out of the family copy', async () => {
      const reason = 'Safety planning meeting requested by the crisis team';
      const response = await browser.request('POST', base, plan({ clientDeclinedAcknowledged: true, clientDeclinedReason: reason }));
      expect(response.statusCode).toBe(201);
      expect(response.json().declinedConsentReason).toBe(reason);
      const printout = await browser.request('POST', `${base}/${response.json().id}/printouts`, { copy: 'family' });
      expect(JSON.stringify(printout.json())).not.toContain(reason);
    });

    it('asks again when the plan is changed', async () => {
      const planned = (await browser.request('POST', base, plan({ clientDeclinedAcknowledged: true, clientDeclinedReason: 'Needed' }))).json();
      const changed = await browser.request('PUT', `${base}/${planned.id}/plan`, { ...plan({ durationMinutes: 90 }), version: 1 });
      expect(changed.statusCode).toBe(409);
      expect(changed.json().errors).toEqual([jasmine.objectContaining({ field: 'clientDeclinedAcknowledged' })]);
    });
  });

  it('plans without any of this for a client who consented', async () => {
    await useClient('granted');
    const response = await browser.request('POST', base, plan());
    expect(response.statusCode).toBe(201);
    expect(response.json().declinedConsentReason).toBeNull();
  });

  describe('a record that does not fit the session date', () => {
    beforeEach(async () => useClient('granted'));

    it('refuses to complete a session that has not taken place, or to take its attendance', async () => {
      const id = (await browser.request('POST', base, plan())).json().id;
      const response = await browser.request('PUT', `${base}/${id}/record`, record());
      expect(response.statusCode).toBe(400);
      expect(response.json().errors.map((error: { field: string }) => error.field)).toEqual(['status', 'attendance.0.attendance']);
      const noShow = await browser.request('PUT', `${base}/${id}/record`, record({ status: 'no-show', attendance: [] }));
      expect(noShow.statusCode).toBe(400);
      // Calling it off ahead of time is fine.
      expect((await browser.request('PUT', `${base}/${id}/record`, record({ status: 'cancelled', attendance: [] }))).statusCode).toBe(200);
    });

    it('refuses a follow-up due before the session, and accepts one due that day', async () => {
      const id = (await browser.request('POST', base, plan({ startsAt: '2026-11-24T14:00:00Z', pastSession: true }))).json().id;
      const early = await browser.request('PUT', `${base}/${id}/record`, record({ followUps: [{ what: 'Call', ownerKind: 'client', dueOn: '2026-11-22' }] }));
      expect(early.statusCode).toBe(400);
      expect(early.json().errors).toEqual([jasmine.objectContaining({ field: 'followUps.0.dueOn' })]);
      const sameDay = await browser.request('PUT', `${base}/${id}/record`, record({ followUps: [{ what: 'Call', ownerKind: 'client', dueOn: '2026-11-24' }] }));
      expect(sameDay.statusCode).toBe(200);
    });
  });

  describe('risk noted', () => {
    let sessionId: string;
    const flagsOnCaseload = async () =>
      (await browser.request('GET', '/api/v1/clients')).json().items.find((item: { id: string }) => item.id === clientId).indicators.measures.flags;

    beforeEach(async () => {
      await useClient('granted');
      sessionId = (await browser.request('POST', base, plan({ startsAt: '2026-11-24T14:00:00Z', pastSession: true }))).json().id;
      await browser.request('PUT', `${base}/${sessionId}/record`, record({ riskConcerns: 'Talked of giving up' }));
    });

    it('raises the flag on the caseload, the Overview and the supervisor’s flagged list, most severe first', async () => {
      expect(await flagsOnCaseload()).toEqual(['risk-noted', 'reassessment-overdue']);
      const other = await addClient(t, therapist.id, { case_number: 'CC-0001' });
      await t.database.db.insertInto('client_measure_status').values({ client_id: other, last_measured_on: '2026-11-20', isolation_risk: 1, low_perceived_support: 1, loneliness: 1, decline: 1, mspss_band: 'low', latest: '{}' }).execute();
      const sorted = (await browser.request('GET', '/api/v1/clients?sort=flags&direction=desc')).json().items.map((item: { id: string }) => item.id);
      expect(sorted[0]).toBe(clientId);
      expect((await browser.request('GET', `/api/v1/clients/${clientId}/measures`)).json().indicators.flags).toContain('risk-noted');
      const supervising = new Browser(t.app);
      await supervising.signIn(supervisor.email);
      const dashboard = (await supervising.request('GET', '/api/v1/team/dashboard?from=2026-01-01&to=2026-11-25')).json();
      expect(dashboard.flaggedClients[0]).toEqual(jasmine.objectContaining({ clientId, flags: ['risk-noted', 'reassessment-overdue'] }));
    });

    it('clears once a clinician marks it reviewed with a note, and stands again when the concerns change', async () => {
      const noNote = await browser.request('PUT', `${base}/${sessionId}/risk-review`, { note: ' ', version: 2 });
      expect(noNote.statusCode).toBe(400);
      expect(noNote.json().errors).toEqual([jasmine.objectContaining({ field: 'note' })]);
      const reviewed = await browser.request('PUT', `${base}/${sessionId}/risk-review`, { note: 'Safety plan agreed, GP informed', version: 2 });
      expect(reviewed.statusCode).toBe(200);
      expect(reviewed.json().riskReview).toEqual(jasmine.objectContaining({ reviewedBy: therapist.id, note: 'Safety plan agreed, GP informed' }));
      expect(await flagsOnCaseload()).not.toContain('risk-noted');
      expect((await browser.request('PUT', `${base}/${sessionId}/risk-review`, { note: 'Again', version: 3 })).statusCode).toBe(409);
      // An amendment with the same concerns keeps the review; new concerns need a new one.
      await browser.request('PUT', `${base}/${sessionId}/record`, record({ riskConcerns: 'Talked of giving up', summary: 'More', version: 3, amendmentReason: 'Typo' }));
      expect(await flagsOnCaseload()).not.toContain('risk-noted');
      await browser.request('PUT', `${base}/${sessionId}/record`, record({ riskConcerns: 'Said they have a plan', version: 4, amendmentReason: 'Call later that day' }));
      expect(await flagsOnCaseload()).toContain('risk-noted');
    });
  });
});
