import { referralBody } from '../spec/helpers/test-referrals';
import { addUser, Browser, createTestApp, type TestApp } from '../spec/helpers/test-app';
import { addClient } from '../spec/helpers/test-clients';
import { groupBody } from '../spec/helpers/test-groups';

describe('groups the clinic runs', () => {
  let t: TestApp;
  let supervisor: Browser;
  let therapist: Browser;
  let otherTherapist: Browser;
  let facilitator: Browser;
  let facilitatorId: string;
  let ownClient: string;
  let otherClient: string;

  beforeAll(async () => {
    t = await createTestApp();
    const sup = await addUser(t, 'supervisor');
    const own = await addUser(t, 'therapist', { supervisorId: sup.id });
    const other = await addUser(t, 'therapist', { supervisorId: sup.id });
    const fac = await addUser(t, 'therapist', { supervisorId: sup.id });
    facilitatorId = fac.id;
    ownClient = await addClient(t, own.id, { preferred_name: 'Alexis' });
    otherClient = await addClient(t, other.id, { preferred_name: 'Zebedee' });
    supervisor = new Browser(t.app);
    therapist = new Browser(t.app);
    otherTherapist = new Browser(t.app);
    facilitator = new Browser(t.app);
    await supervisor.signIn(sup.email);
    await therapist.signIn(own.email);
    await otherTherapist.signIn(other.email);
    await facilitator.signIn(fac.email);
  });

  afterAll(async () => {
    await t.close();
  });

  async function newGroup(overrides: Record<string, unknown> = {}) {
    const response = await supervisor.request('POST', '/api/v1/groups', groupBody([facilitatorId], overrides));
    expect(response.statusCode).withContext(response.body).toBe(201);
    return response.json();
  }

  async function enrol(groupId: string, clientId: string, by: Browser) {
    const referral = await by.request('POST', `/api/v1/clients/${clientId}/referrals`, referralBody({ groupId }));
    expect(referral.statusCode).withContext(referral.body).toBe(201);
    const decision = await facilitator.request('POST', `/api/v1/groups/${groupId}/roster/${referral.json().enrolmentId}/decision`, { decision: 'accept', version: 1 });
    return decision;
  }

  it('creates a group with its meetings from the schedule, and audits it', async () => {
    const group = await newGroup();
    expect(group.facilitators.map((f: { id: string }) => f.id)).toEqual([facilitatorId]);
    expect(group.canEdit).toBeTrue();
    const meetings = (await facilitator.request('GET', `/api/v1/groups/${group.id}/meetings`)).json().items;
    expect(meetings.length).toBe(15);
    expect(meetings[0].date).toBe('2026-11-18');
    expect(meetings[1].date).toBe('2026-11-25');
    const audited = await t.database.db.selectFrom('audit_events').selectAll().where('record_id', '=', group.id).where('action', '=', 'create').execute();
    expect(audited.length).toBe(1);
  });

  it('refuses bad input naming the field and stores nothing', async () => {
    const before = await t.database.db.selectFrom('clinic_groups').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    const bad = await supervisor.request('POST', '/api/v1/groups', groupBody([facilitatorId], { capacity: 40 }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(['capacity']);
    const notClinician = await supervisor.request('POST', '/api/v1/groups', groupBody([(await addUser(t, 'admin')).id]));
    expect(notClinician.json().errors.map((e: { field: string }) => e.field)).toEqual(['facilitatorIds.0']);
    const after = await t.database.db.selectFrom('clinic_groups').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    expect((await therapist.request('POST', '/api/v1/groups', groupBody([facilitatorId]))).statusCode).toBe(403);
  });

  it('refuses capacity below current enrolment (400) and a stale version (409)', async () => {
    const group = await newGroup({ capacity: 2 });
    expect((await enrol(group.id, ownClient, therapist)).json().status).toBe('enrolled');
    expect((await enrol(group.id, otherClient, otherTherapist)).json().status).toBe('enrolled');
    const lower = await supervisor.request('PUT', `/api/v1/groups/${group.id}`, { ...groupBody([facilitatorId], { capacity: 1 }), version: group.version });
    expect(lower.statusCode).toBe(400);
    expect(lower.json().errors.map((e: { field: string }) => e.field)).toEqual(['capacity']);
    const renamed = await supervisor.request('PUT', `/api/v1/groups/${group.id}`, { ...groupBody([facilitatorId], { capacity: 3, name: 'Renamed' }), version: group.version });
    expect(renamed.statusCode).toBe(200);
    const stale = await supervisor.request('PUT', `/api/v1/groups/${group.id}`, { ...groupBody([facilitatorId], { capacity: 4 }), version: group.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.name).toBe('Renamed');
  });

  it('puts a referral on the waiting list when the group is full, declines with a reason, and lets an enrolled client leave', async () => {
    const group = await newGroup({ capacity: 2 });
    await enrol(group.id, ownClient, therapist);
    const extraClient = await addClient(t, (await t.database.db.selectFrom('clients').select('therapist_id').where('id', '=', ownClient).executeTakeFirstOrThrow()).therapist_id);
    await enrol(group.id, otherClient, otherTherapist);
    const waiting = await enrol(group.id, extraClient, therapist);
    expect(waiting.json().status).toBe('waiting');
    const stillFull = await facilitator.request('POST', `/api/v1/groups/${group.id}/roster/${waiting.json().id}/decision`, { decision: 'accept', version: waiting.json().version });
    expect(stillFull.statusCode).toBe(409);
    const roster = (await facilitator.request('GET', `/api/v1/groups/${group.id}/roster`)).json().items;
    const leaving = roster.find((entry: { clientId: string }) => entry.clientId === otherClient);
    const early = await facilitator.request('POST', `/api/v1/groups/${group.id}/roster/${leaving.id}/leave`, { leftOn: '2026-01-01', reason: 'Moved away', version: leaving.version });
    expect(early.json().errors.map((e: { field: string }) => e.field)).toEqual(['leftOn']);
    const left = await facilitator.request('POST', `/api/v1/groups/${group.id}/roster/${leaving.id}/leave`, { leftOn: '2026-11-25', reason: 'Moved away', version: leaving.version });
    expect(left.json().status).toBe('left');
    const admitted = await facilitator.request('POST', `/api/v1/groups/${group.id}/roster/${waiting.json().id}/decision`, { decision: 'accept', version: waiting.json().version });
    expect(admitted.json().status).toBe('enrolled');

    const second = await newGroup();
    const referral = (await therapist.request('POST', `/api/v1/clients/${ownClient}/referrals`, referralBody({ groupId: second.id }))).json();
    const again = await therapist.request('POST', `/api/v1/clients/${ownClient}/referrals`, referralBody({ groupId: second.id }));
    expect(again.statusCode).toBe(409);
    const noReason = await facilitator.request('POST', `/api/v1/groups/${second.id}/roster/${referral.enrolmentId}/decision`, { decision: 'decline', version: 1 });
    expect(noReason.json().errors.map((e: { field: string }) => e.field)).toEqual(['reason']);
    const declined = await facilitator.request('POST', `/api/v1/groups/${second.id}/roster/${referral.enrolmentId}/decision`, { decision: 'decline', reason: 'Needs 1:1 work first', version: 1 });
    expect(declined.json().status).toBe('declined');
    const onPage = (await therapist.request('GET', `/api/v1/clients/${ownClient}/groups`)).json().items;
    expect(onPage.find((g: { groupId: string }) => g.groupId === second.id).declineReason).toBe('Needs 1:1 work first');
  });

  it('refers only the therapist\'s own client', async () => {
    const group = await newGroup();
    expect((await otherTherapist.request('POST', `/api/v1/clients/${ownClient}/referrals`, referralBody({ groupId: group.id }))).statusCode).toBe(404);
    expect((await supervisor.request('POST', `/api/v1/clients/${ownClient}/referrals`, referralBody({ groupId: group.id }))).statusCode).toBe(403);
    const unknown = await therapist.request('POST', `/api/v1/clients/${ownClient}/referrals`, referralBody({ groupId: '0192f0a4-0000-7000-8000-000000000009' }));
    expect(unknown.json().errors.map((e: { field: string }) => e.field)).toEqual(['groupId']);
  });

  it('records attendance only for clients enrolled that day, and only inside the group\'s dates', async () => {
    const group = await newGroup();
    await enrol(group.id, ownClient, therapist);
    const meetings = (await facilitator.request('GET', `/api/v1/groups/${group.id}/meetings`)).json().items;
    const [before, today] = meetings;
    const early = await facilitator.request('PUT', `/api/v1/groups/${group.id}/meetings/${before.id}/attendance`, {
      entries: [{ clientId: ownClient, attendance: 'present' }],
      version: before.version,
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors.map((e: { field: string }) => e.field)).toEqual(['entries.0.clientId']);
    const stranger = await facilitator.request('PUT', `/api/v1/groups/${group.id}/meetings/${today.id}/attendance`, {
      entries: [{ clientId: otherClient, attendance: 'present' }],
      version: today.version,
    });
    expect(stranger.json().errors.map((e: { field: string }) => e.field)).toEqual(['entries.0.clientId']);
    expect(await t.database.db.selectFrom('group_attendance').selectAll().where('meeting_id', '=', today.id).execute()).toEqual([]);

    const outside = await facilitator.request('PUT', `/api/v1/groups/${group.id}/meetings/${today.id}`, { date: '2027-06-01', startTime: '18:00', cancelled: false, version: today.version });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors.map((e: { field: string }) => e.field)).toEqual(['date']);
    const moved = await facilitator.request('PUT', `/api/v1/groups/${group.id}/meetings/${meetings[2].id}`, { date: '2026-12-03', startTime: '17:00', cancelled: false, version: 1 });
    expect(moved.json().moved).toBeTrue();
    const cancelled = await facilitator.request('PUT', `/api/v1/groups/${group.id}/meetings/${meetings[3].id}`, { date: meetings[3].date, startTime: '18:00', cancelled: true, version: 1 });
    expect(cancelled.json().cancelled).toBeTrue();

    const recorded = await facilitator.request('PUT', `/api/v1/groups/${group.id}/meetings/${today.id}/attendance`, {
      entries: [{ clientId: ownClient, attendance: 'present', progressNote: 'Shared for the first time.' }],
      version: today.version,
    });
    expect(recorded.statusCode).withContext(recorded.body).toBe(200);
    expect(recorded.json().attendance).toEqual([{ clientId: ownClient, clientName: 'Alexis', attendance: 'present', progressNote: 'Shared for the first time.', noteByOther: false }]);
    const stale = await facilitator.request('PUT', `/api/v1/groups/${group.id}/meetings/${today.id}/group-note`, { groupNote: 'Warm session', version: today.version });
    expect(stale.statusCode).toBe(409);
    const note = await facilitator.request('PUT', `/api/v1/groups/${group.id}/meetings/${today.id}/group-note`, { groupNote: 'Warm session', version: recorded.json().version });
    expect(note.json().groupNote).toBe('Warm session');

    const chart = (await therapist.request('GET', `/api/v1/clients/${ownClient}/groups`)).json().items;
    const place = chart.find((g: { groupId: string }) => g.groupId === group.id);
    expect(place.meetings).toEqual([{ date: '2026-11-25', attendance: 'present', progressNote: 'Shared for the first time.', noteAuthorName: 'Test therapist' }]);
  });

  it('keeps the roster, meetings and group note to the group\'s facilitators', async () => {
    const group = await newGroup();
    for (const browser of [therapist, supervisor]) {
      expect((await browser.request('GET', `/api/v1/groups/${group.id}/roster`)).statusCode).toBe(404);
      expect((await browser.request('GET', `/api/v1/groups/${group.id}/meetings`)).statusCode).toBe(404);
    }
    expect((await therapist.request('GET', `/api/v1/groups/${group.id}`)).json().isFacilitator).toBeFalse();
    expect((await facilitator.request('GET', `/api/v1/groups/${group.id}`)).json().isFacilitator).toBeTrue();
  });
});
