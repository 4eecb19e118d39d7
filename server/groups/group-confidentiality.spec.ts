import { referralBody } from '../spec/helpers/test-referrals';
import { addUser, Browser, createTestApp, type TestApp } from '../spec/helpers/test-app';
import { addClient } from '../spec/helpers/test-clients';
import { groupBody } from '../spec/helpers/test-groups';

/**
 * Confidentiality of rosters (issue #16, item 4): a client's therapist learns from no group route
 * who else is in their client's group; a facilitator reads only the progress notes they wrote.
 */
describe('group confidentiality', () => {
  let t: TestApp;
  let therapist: Browser;
  let supervisor: Browser;
  let facilitator: Browser;
  let coFacilitator: Browser;
  let groupId: string;
  let meetingId: string;
  let ownClient: string;
  let otherClient: string;
  const OTHER_NAMES = ['Quentin', 'Otherclient', 'Secretname'];

  beforeAll(async () => {
    t = await createTestApp();
    const sup = await addUser(t, 'supervisor');
    const own = await addUser(t, 'therapist', { supervisorId: sup.id });
    const colleague = await addUser(t, 'therapist', { supervisorId: sup.id });
    const fac = await addUser(t, 'therapist', { supervisorId: sup.id });
    const coFac = await addUser(t, 'supervisor');
    ownClient = await addClient(t, own.id, { preferred_name: 'Alexis', legal_name: 'Alexis Ownclient' });
    otherClient = await addClient(t, colleague.id, { preferred_name: 'Quentin', legal_name: 'Quentin Secretname Otherclient' });
    therapist = new Browser(t.app);
    supervisor = new Browser(t.app);
    facilitator = new Browser(t.app);
    coFacilitator = new Browser(t.app);
    const colleagueBrowser = new Browser(t.app);
    await therapist.signIn(own.email);
    await supervisor.signIn(sup.email);
    await facilitator.signIn(fac.email);
    await coFacilitator.signIn(coFac.email);
    await colleagueBrowser.signIn(colleague.email);
    groupId = (await supervisor.request('POST', '/api/v1/groups', groupBody([fac.id, coFac.id]))).json().id;
    for (const [browser, clientId] of [
      [therapist, ownClient],
      [colleagueBrowser, otherClient],
    ] as const) {
      const referral = (await browser.request('POST', `/api/v1/clients/${clientId}/referrals`, referralBody({ groupId }))).json();
      await facilitator.request('POST', `/api/v1/groups/${groupId}/roster/${referral.enrolmentId}/decision`, { decision: 'accept', version: 1 });
    }
    meetingId = ((await facilitator.request('GET', `/api/v1/groups/${groupId}/meetings`)).json().items as { id: string; date: string }[]).find(
      (meeting) => meeting.date === '2026-11-25',
    )!.id;
    const recorded = await facilitator.request('PUT', `/api/v1/groups/${groupId}/meetings/${meetingId}/attendance`, {
      entries: [
        { clientId: ownClient, attendance: 'present', progressNote: 'Alexis spoke about work.' },
        { clientId: otherClient, attendance: 'present', progressNote: null },
      ],
      version: 1,
    });
    expect(recorded.statusCode).withContext(recorded.body).toBe(200);
    const coNote = await coFacilitator.request('PUT', `/api/v1/groups/${groupId}/meetings/${meetingId}/attendance`, {
      entries: [{ clientId: otherClient, attendance: 'present', progressNote: 'Quentin seemed low.' }],
      version: recorded.json().version,
    });
    expect(coNote.statusCode).withContext(coNote.body).toBe(200);
  });

  afterAll(async () => {
    await t.close();
  });

  it('never gives a therapist another client\'s name from any group route', async () => {
    const meeting = await t.database.db.selectFrom('group_meetings').select('version').where('id', '=', meetingId).executeTakeFirstOrThrow();
    const enrolment = await t.database.db.selectFrom('group_enrolments').select(['id', 'version']).where('client_id', '=', otherClient).executeTakeFirstOrThrow();
    const calls: [string, () => ReturnType<Browser['request']>][] = [
      ['GET /groups', () => therapist.request('GET', '/api/v1/groups')],
      ['GET /groups/:id', () => therapist.request('GET', `/api/v1/groups/${groupId}`)],
      ['GET roster', () => therapist.request('GET', `/api/v1/groups/${groupId}/roster`)],
      ['GET meetings', () => therapist.request('GET', `/api/v1/groups/${groupId}/meetings`)],
      ['GET meeting', () => therapist.request('GET', `/api/v1/groups/${groupId}/meetings/${meetingId}`)],
      ['PUT meeting', () => therapist.request('PUT', `/api/v1/groups/${groupId}/meetings/${meetingId}`, { date: '2026-11-25', startTime: '18:00', cancelled: false, version: meeting.version })],
      ['PUT attendance', () => therapist.request('PUT', `/api/v1/groups/${groupId}/meetings/${meetingId}/attendance`, { entries: [], version: meeting.version })],
      ['PUT group note', () => therapist.request('PUT', `/api/v1/groups/${groupId}/meetings/${meetingId}/group-note`, { groupNote: 'x', version: meeting.version })],
      ['POST decision', () => therapist.request('POST', `/api/v1/groups/${groupId}/roster/${enrolment.id}/decision`, { decision: 'accept', version: enrolment.version })],
      ['POST leave', () => therapist.request('POST', `/api/v1/groups/${groupId}/roster/${enrolment.id}/leave`, { leftOn: '2026-11-25', reason: 'x', version: enrolment.version })],
      ['GET client groups', () => therapist.request('GET', `/api/v1/clients/${ownClient}/groups`)],
      ['POST referral (again)', () => therapist.request('POST', `/api/v1/clients/${ownClient}/referrals`, referralBody({ groupId }))],
      ['GET other client groups', () => therapist.request('GET', `/api/v1/clients/${otherClient}/groups`)],
    ];
    for (const [name, call] of calls) {
      const response = await call();
      for (const secret of [...OTHER_NAMES, otherClient, 'Quentin seemed low']) {
        expect(response.body).withContext(`${name} (${response.statusCode})`).not.toContain(secret);
      }
    }
  });

  it('shows the client\'s own attendance and progress note on their page, to their therapist and supervisor', async () => {
    for (const browser of [therapist, supervisor]) {
      const [place] = (await browser.request('GET', `/api/v1/clients/${ownClient}/groups`)).json().items;
      expect(place.meetings).toEqual([{ date: '2026-11-25', attendance: 'present', progressNote: 'Alexis spoke about work.', noteAuthorName: 'Test therapist' }]);
      expect(JSON.stringify(place)).not.toContain('Quentin');
    }
  });

  it('gives each facilitator the names and attendance, but only the progress notes they wrote', async () => {
    const mine = (await facilitator.request('GET', `/api/v1/groups/${groupId}/meetings/${meetingId}`)).json();
    expect(mine.attendance.map((entry: { clientName: string }) => entry.clientName)).toEqual(['Alexis', 'Quentin']);
    expect(mine.attendance[1]).toEqual({ clientId: otherClient, clientName: 'Quentin', attendance: 'present', progressNote: null, noteByOther: true });
    const theirs = await coFacilitator.request('GET', `/api/v1/groups/${groupId}/meetings/${meetingId}`);
    expect(theirs.body).not.toContain('Alexis spoke about work.');
    expect(theirs.json().attendance[1].progressNote).toBe('Quentin seemed low.');
    const facilitatorOwnPage = await facilitator.request('GET', `/api/v1/clients/${otherClient}/groups`);
    expect(facilitatorOwnPage.statusCode).toBe(404);
  });

  it('audits roster and meeting reads, and a refused one as denied', async () => {
    await facilitator.request('GET', `/api/v1/groups/${groupId}/roster`);
    await therapist.request('GET', `/api/v1/groups/${groupId}/roster`);
    const events = await t.database.db.selectFrom('audit_events').select(['outcome']).where('record_type', '=', 'group-roster').where('record_id', '=', groupId).execute();
    expect(events.map((event) => event.outcome).sort()).toEqual(jasmine.arrayContaining(['denied', 'success']));
  });
});
