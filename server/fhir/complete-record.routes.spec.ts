import { addUser, Browser, createTestApp, type TestApp } from '../spec/helpers/test-app';
import { addClient } from '../spec/helpers/test-clients';
import { memberBody } from '../spec/helpers/test-network';

describe('complete record printouts', () => {
  let t: TestApp;
  let own: Browser;
  let supervisor: Browser;
  let colleague: Browser;
  let admin: Browser;
  let clientId: string;
  let noteId: string;

  const print = (browser: Browser, body: unknown = {}) => browser.request('POST', `/api/v1/clients/${clientId}/record-printouts`, body);

  beforeAll(async () => {
    t = await createTestApp();
    const supervisorUser = await addUser(t, 'supervisor');
    const therapist = await addUser(t, 'therapist', { supervisorId: supervisorUser.id });
    const colleagueUser = await addUser(t, 'therapist', { supervisorId: supervisorUser.id });
    const adminUser = await addUser(t, 'admin');
    [own, supervisor, colleague, admin] = [new Browser(t.app), new Browser(t.app), new Browser(t.app), new Browser(t.app)];
    await own.signIn(therapist.email);
    await supervisor.signIn(supervisorUser.email);
    await colleague.signIn(colleagueUser.email);
    await admin.signIn(adminUser.email);
    clientId = await addClient(t, therapist.id);
    const member = (await own.request('POST', `/api/v1/clients/${clientId}/network`, memberBody())).json();
    const updated = await own.request('PUT', `/api/v1/clients/${clientId}/network/${member.id}`, { ...memberBody({ tieStrength: 'moderate' }), version: 1 });
    expect(updated.statusCode).withContext(updated.body).toBe(200);
    const note = (await own.request('POST', `/api/v1/clients/${clientId}/notes`, { noteDate: '2026-03-01', text: 'First version', memberIds: [] })).json();
    noteId = note.id;
    const amended = await own.request('POST', `/api/v1/clients/${clientId}/notes/${noteId}/amendments`, { text: 'Second version', memberIds: [], reason: 'Typo', version: 1 });
    expect(amended.statusCode).withContext(amended.body).toBeLessThan(300);
  });

  afterAll(async () => t.close());

  it('gives the therapist and the team supervisor every section, notes with their amendments', async () => {
    for (const browser of [own, supervisor]) {
      const response = await print(browser);
      expect(response.statusCode).withContext(response.body).toBe(200);
      const record = response.json();
      expect(record.client.id).toBe(clientId);
      expect(record.members.length).toBe(1);
      expect(record.memberRevisions.map((revision: { facts: { tieStrength: string } }) => revision.facts.tieStrength)).toEqual(['strong', 'moderate']);
      expect(record.notes[0].note.text).toBe('Second version');
      expect(record.notes[0].revisions.map((revision: { text: string }) => revision.text)).toEqual(['First version', 'Second version']);
      expect(record.sessions).toEqual([]);
      expect(record.measures).toEqual([]);
      expect(record.printedBy).toBe(browser === own ? 'Test therapist' : 'Test supervisor');
    }
  });

  it('is audited as a print of the client record on every view', async () => {
    const count = async () =>
      (await t.database.db.selectFrom('audit_events').select('id').where('action', '=', 'print-complete-record').where('record_id', '=', clientId).execute()).length;
    const before = await count();
    await print(own);
    await print(own);
    expect(await count()).toBe(before + 2);
  });

  it('answers another therapist 404, an administrator 403, and refuses unknown body fields', async () => {
    expect((await print(colleague)).statusCode).toBe(404);
    const refused = await print(admin);
    expect(refused.statusCode).toBe(403);
    expect(refused.body).not.toContain('Samantha');
    expect((await print(own, { copy: 'family' })).statusCode).toBe(400);
  });
});
