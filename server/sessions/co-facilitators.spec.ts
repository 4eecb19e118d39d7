import { addUser, Browser, createTestApp, type TestApp, type TestUser } from '../spec/helpers/test-app';
import { addClient } from '../spec/helpers/test-clients';
import { memberBody } from '../spec/helpers/test-network';

/**
 * Issue 14 item 8: a therapist could add any active clinician of any team as a session
 * co-facilitator by id, and read their name back in the answer.
 */
describe('session co-facilitators', () => {
  let t: TestApp;
  let supervisor: TestUser;
  let therapist: TestUser;
  let teammate: TestUser;
  let otherSupervisor: TestUser;
  let otherTeamTherapist: TestUser;
  let browser: Browser;
  let base: string;
  let memberId: string;

  const plan = (clinicianIds: string[], extra: Record<string, unknown> = {}) => ({
    type: 'family-session',
    modality: 'in-person',
    startsAt: '2026-12-01T14:00:00Z',
    durationMinutes: 60,
    location: 'Room 3',
    memberIds: [memberId],
    clinicianIds,
    goals: 'Agree on support for mornings',
    ...extra,
  });

  beforeEach(async () => {
    t = await createTestApp();
    supervisor = await addUser(t, 'supervisor');
    therapist = await addUser(t, 'therapist', { supervisorId: supervisor.id });
    teammate = await addUser(t, 'therapist', { supervisorId: supervisor.id });
    otherSupervisor = await addUser(t, 'supervisor');
    otherTeamTherapist = await addUser(t, 'therapist', { supervisorId: otherSupervisor.id });
    await t.database.db.updateTable('users').set({ name: 'Outside Clinician Name' }).where('id', 'in', [otherTeamTherapist.id, otherSupervisor.id]).execute();
    const clientId = await addClient(t, therapist.id);
    base = `/api/v1/clients/${clientId}/sessions`;
    browser = new Browser(t.app);
    await browser.signIn(therapist.email);
    memberId = (await browser.request('POST', `/api/v1/clients/${clientId}/network`, memberBody())).json().id;
  });

  afterEach(async () => {
    await t.close();
  });

  it("accepts the client's team: a teammate and the team's supervisor", async () => {
    const response = await browser.request('POST', base, plan([teammate.id, supervisor.id]));
    expect(response.statusCode).toBe(201);
    expect(response.json().attendees.filter((attendee: { kind: string }) => attendee.kind === 'clinician').map((attendee: { id: string }) => attendee.id)).toEqual([
      teammate.id,
      supervisor.id,
    ]);
  });

  it("refuses another team's therapist and supervisor with 400 naming the entries, without reading back their names", async () => {
    const response = await browser.request('POST', base, plan([teammate.id, otherTeamTherapist.id, otherSupervisor.id]));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { field: 'clinicianIds.1', message: "Not an active clinician of this client's team." },
      { field: 'clinicianIds.2', message: "Not an active clinician of this client's team." },
    ]);
    expect(response.body).not.toContain('Outside Clinician Name');
    const stored = await t.database.db.selectFrom('family_sessions').select('id').execute();
    expect(stored).toEqual([]);
  });

  it("refuses another team's clinician added by an edit", async () => {
    const created = (await browser.request('POST', base, plan([teammate.id]))).json();
    const edit = await browser.request('PUT', `${base}/${created.id}/plan`, { ...plan([teammate.id, otherTeamTherapist.id]), version: created.version });
    expect(edit.statusCode).toBe(400);
    expect(edit.json().errors).toEqual([{ field: 'clinicianIds.1', message: "Not an active clinician of this client's team." }]);
    expect(edit.body).not.toContain('Outside Clinician Name');
  });

  it('refuses an inactive teammate', async () => {
    await t.database.db.updateTable('users').set({ active: 0 }).where('id', '=', teammate.id).execute();
    const response = await browser.request('POST', base, plan([teammate.id]));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('clinicianIds.0');
  });
});
