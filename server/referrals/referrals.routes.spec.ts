import { addUser, Browser, createTestApp, type TestApp } from '../spec/helpers/test-app';
import { addClient } from '../spec/helpers/test-clients';
import { groupBody } from '../spec/helpers/test-groups';
import { memberBody } from '../spec/helpers/test-network';
import { referralBody } from '../spec/helpers/test-referrals';

describe('referrals followed to the end', () => {
  let t: TestApp;
  let therapist: Browser;
  let supervisor: Browser;
  let facilitator: Browser;
  let admin: Browser;
  let facilitatorId: string;
  let programmeId: string;
  let clientId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const sup = await addUser(t, 'supervisor');
    const own = await addUser(t, 'therapist', { supervisorId: sup.id });
    const fac = await addUser(t, 'therapist', { supervisorId: sup.id });
    const adm = await addUser(t, 'admin');
    facilitatorId = fac.id;
    therapist = new Browser(t.app);
    supervisor = new Browser(t.app);
    facilitator = new Browser(t.app);
    admin = new Browser(t.app);
    await therapist.signIn(own.email);
    await supervisor.signIn(sup.email);
    await facilitator.signIn(fac.email);
    await admin.signIn(adm.email);
    clientId = await addClient(t, own.id);
    programmeId = (await admin.request('POST', '/api/v1/community-programmes', { name: 'Riverside walking group', kind: 'peer-support-group' })).json().id;
  });

  afterAll(async () => {
    await t.close();
  });

  async function refer(overrides: Record<string, unknown> = {}, client = clientId) {
    const response = await therapist.request('POST', `/api/v1/clients/${client}/referrals`, referralBody({ programmeId }, overrides));
    expect(response.statusCode).withContext(response.body).toBe(201);
    return response.json();
  }

  const step = (referral: { id: string }, body: Record<string, unknown>) => therapist.request('POST', `/api/v1/clients/${clientId}/referrals/${referral.id}/status`, body);

  it('refers a client to a directory programme with consent, and follows it referred → contacted → attending → ended, each step dated and signed', async () => {
    const referral = await refer();
    expect(referral.status).toBe('referred');
    expect(referral.target).toEqual({ type: 'programme', id: programmeId, name: 'Riverside walking group', kind: 'peer-support-group' });
    expect(referral.sharedDetails).toEqual(['name', 'contact-details']);
    const contacted = await step(referral, { status: 'contacted', on: '2026-11-22', note: 'Left a message', version: 1 });
    expect(contacted.statusCode).withContext(contacted.body).toBe(200);
    const attending = (await step(referral, { status: 'attending', on: '2026-11-24', version: 2 })).json();
    const ended = (await step(referral, { status: 'ended', on: '2026-11-25', version: 3 })).json();
    expect(ended.events.map((e: { status: string; on: string; recordedByName: string }) => [e.status, e.on])).toEqual([
      ['referred', '2026-11-20'],
      ['contacted', '2026-11-22'],
      ['attending', '2026-11-24'],
      ['ended', '2026-11-25'],
    ]);
    expect(attending.events[1].note).toBe('Left a message');
    expect(new Set(ended.events.map((e: { recordedByName: string }) => e.recordedByName)).size).toBe(1);
    const audited = await t.database.db.selectFrom('audit_events').select('action').where('record_id', '=', referral.id).where('record_type', '=', 'referral').execute();
    expect(audited.map((row) => row.action).sort()).toEqual(['create', 'update', 'update', 'update']);
  });

  it('refuses a referral without consent, naming the field, and stores nothing', async () => {
    const before = await t.database.db.selectFrom('referrals').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    const response = await therapist.request('POST', `/api/v1/clients/${clientId}/referrals`, referralBody({ programmeId }, { consentToShare: false }));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toEqual(['consentToShare']);
    const noTarget = await therapist.request('POST', `/api/v1/clients/${clientId}/referrals`, referralBody({}));
    expect(noTarget.json().errors.map((e: { field: string }) => e.field)).toEqual(['programmeId']);
    const after = await t.database.db.selectFrom('referrals').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('refuses a step that skips a required one (400 naming status), a step before the previous one (on), and a stale version (409)', async () => {
    const referral = await refer();
    const skip = await step(referral, { status: 'attending', on: '2026-11-22', version: 1 });
    expect(skip.statusCode).toBe(400);
    expect(skip.json().errors[0].field).toBe('status');
    expect(skip.json().errors[0].message).toContain('contacted');
    const early = await step(referral, { status: 'contacted', on: '2026-11-19', version: 1 });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors[0].field).toBe('on');
    expect((await step(referral, { status: 'no-response', on: '2026-11-24', version: 1 })).statusCode).toBe(200);
    const stale = await step(referral, { status: 'contacted', on: '2026-11-24', version: 1 });
    expect(stale.statusCode).toBe(409);
    const closed = await step(referral, { status: 'contacted', on: '2026-11-24', version: 2 });
    expect(closed.statusCode).toBe(400);
    expect(closed.json().errors[0].field).toBe('status');
    const events = await t.database.db.selectFrom('referral_events').select('status').where('referral_id', '=', referral.id).execute();
    expect(events.map((e) => e.status)).toEqual(['referred', 'no-response']);
  });

  it('flags "follow-up due" on the caseload after 14 days without a status change, as the referral list says', async () => {
    const fresh = await addClient(t, (await t.database.db.selectFrom('clients').select('therapist_id').where('id', '=', clientId).executeTakeFirstOrThrow()).therapist_id);
    const flagOf = async () =>
      (await therapist.request('GET', '/api/v1/clients?pageSize=100')).json().items.find((row: { id: string }) => row.id === fresh).indicators.referralFollowUpDue;
    expect(await flagOf()).toBeFalse();
    const recent = await refer({ referredOn: '2026-11-12', consentGivenOn: '2026-11-12' }, fresh);
    expect(recent.followUpDue).toBeFalse();
    expect(await flagOf()).toBeFalse();
    const old = await refer({ referredOn: '2026-11-11', consentGivenOn: '2026-11-11' }, fresh);
    expect(old.followUpDue).toBeTrue();
    expect(await flagOf()).toBeTrue();
    const moved = await therapist.request('POST', `/api/v1/clients/${fresh}/referrals/${old.id}/status`, { status: 'contacted', on: '2026-11-25', version: 1 });
    expect(moved.json().followUpDue).toBeFalse();
    expect(await flagOf()).toBeFalse();
  });

  it('adds the attended programme to the network in the right category, or links an existing member', async () => {
    const referral = await refer();
    const tooEarly = await therapist.request('POST', `/api/v1/clients/${clientId}/referrals/${referral.id}/network-member`, { memberId: '01900000-0000-7000-8000-000000000000', version: 1 });
    expect(tooEarly.statusCode).toBe(400);
    expect(tooEarly.json().errors[0].field).toBe('memberId');
    await step(referral, { status: 'contacted', on: '2026-11-21', version: 1 });
    await step(referral, { status: 'attending', on: '2026-11-23', version: 2 });
    const member = memberBody({ name: 'Riverside walking group', relationship: 'peer-support-group', consent: { status: 'not-asked' }, emergencyContact: false, activeFrom: '2026-11-23' });
    const added = await therapist.request('POST', `/api/v1/clients/${clientId}/referrals/${referral.id}/network-member`, { member, version: 3 });
    expect(added.statusCode).withContext(added.body).toBe(200);
    const network = (await therapist.request('GET', `/api/v1/clients/${clientId}/network`)).json();
    const joined = (network.members ?? network.items).find((m: { id: string }) => m.id === added.json().networkMemberId);
    expect(joined.category).toBe('peers-groups');

    const other = await refer();
    await step(other, { status: 'contacted', on: '2026-11-21', version: 1 });
    await step(other, { status: 'attending', on: '2026-11-23', version: 2 });
    const linked = await therapist.request('POST', `/api/v1/clients/${clientId}/referrals/${other.id}/network-member`, { memberId: joined.id, version: 3 });
    expect(linked.json().networkMemberId).toBe(joined.id);
  });

  it("reuses the group's roster place for a clinic-group referral, and follows the facilitators' decision", async () => {
    const group = (await supervisor.request('POST', '/api/v1/groups', groupBody([facilitatorId]))).json();
    const referral = await refer({ programmeId: undefined, groupId: group.id });
    expect(referral.target.type).toBe('group');
    expect(referral.enrolmentId).not.toBeNull();
    const roster = (await facilitator.request('GET', `/api/v1/groups/${group.id}/roster`)).json().items;
    expect(roster.map((entry: { id: string; status: string }) => [entry.id, entry.status])).toEqual([[referral.enrolmentId, 'referred']]);
    const byTherapist = await step(referral, { status: 'contacted', on: '2026-11-22', version: 1 });
    expect(byTherapist.statusCode).toBe(400);
    expect(byTherapist.json().errors[0].field).toBe('status');
    await facilitator.request('POST', `/api/v1/groups/${group.id}/roster/${referral.enrolmentId}/decision`, { decision: 'accept', version: 1 });
    let now = (await therapist.request('GET', `/api/v1/clients/${clientId}/referrals`)).json().items.find((r: { id: string }) => r.id === referral.id);
    expect(now.status).toBe('attending');
    await facilitator.request('POST', `/api/v1/groups/${group.id}/roster/${referral.enrolmentId}/leave`, { leftOn: '2026-11-25', reason: 'Moved away', version: 2 });
    now = (await supervisor.request('GET', `/api/v1/clients/${clientId}/referrals`)).json().items.find((r: { id: string }) => r.id === referral.id);
    expect(now.events.map((e: { status: string }) => e.status)).toEqual(['referred', 'attending', 'ended']);
    expect(now.events[2].note).toBe('Moved away');
  });

  it('prints a referral letter with only what the consent covers, audited as a print each time', async () => {
    await admin.request('PUT', `/api/v1/community-programmes/${programmeId}`, {
      name: 'Riverside walking group',
      kind: 'peer-support-group',
      contactName: 'Pat Organiser',
      phone: '0161 496 0000',
      email: 'walks@example.org',
      version: 1,
    });
    const client = await t.database.db.selectFrom('clients').select('preferred_name').where('id', '=', clientId).executeTakeFirstOrThrow();
    const everything = await refer({ sharedDetails: ['name', 'contact-details', 'reason'] });
    const full = await therapist.request('POST', `/api/v1/clients/${clientId}/referrals/${everything.id}/letter`);
    expect(full.statusCode).withContext(full.body).toBe(200);
    expect(full.json()).toEqual(
      jasmine.objectContaining({
        referralId: everything.id,
        clinicName: jasmine.any(String),
        referredOn: '2026-11-20',
        consentGivenOn: '2026-11-20',
        clientName: client.preferred_name,
        contactDetailsShared: true,
        reason: 'Would like to meet others who have been through the same.',
        referringClinician: { name: jasmine.any(String), email: jasmine.any(String) },
      }),
    );
    expect(full.json().programme).toEqual(jasmine.objectContaining({ name: 'Riverside walking group', contactName: 'Pat Organiser', phone: '0161 496 0000' }));

    // Agreed to the reason alone: no name, no contact details leave the server.
    const reasonOnly = await refer({ sharedDetails: ['reason'] });
    const cut = await therapist.request('POST', `/api/v1/clients/${clientId}/referrals/${reasonOnly.id}/letter`);
    expect(cut.json().clientName).toBeNull();
    expect(cut.json().contactDetailsShared).toBeFalse();
    expect(cut.body).not.toContain(client.preferred_name);
    const nameOnly = await refer({ sharedDetails: ['name'] });
    expect((await therapist.request('POST', `/api/v1/clients/${clientId}/referrals/${nameOnly.id}/letter`)).json().reason).toBeNull();

    const audited = await t.database.db.selectFrom('audit_events').select('action').where('record_id', '=', everything.id).where('action', '=', 'print-referral-letter').execute();
    expect(audited.length).toBe(1);
    // Another client's referral id under this client, and a clinic group's referral, have no letter.
    const otherClient = await addClient(t, (await t.database.db.selectFrom('clients').select('therapist_id').where('id', '=', clientId).executeTakeFirstOrThrow()).therapist_id);
    expect((await therapist.request('POST', `/api/v1/clients/${otherClient}/referrals/${everything.id}/letter`)).statusCode).toBe(404);
    const group = (await supervisor.request('POST', '/api/v1/groups', groupBody([facilitatorId]))).json();
    const toGroup = await refer({ programmeId: undefined, groupId: group.id });
    expect((await therapist.request('POST', `/api/v1/clients/${clientId}/referrals/${toGroup.id}/letter`)).statusCode).toBe(404);
  });

  it('lets the supervisor read but not write, and an administrator neither', async () => {
    expect((await supervisor.request('GET', `/api/v1/clients/${clientId}/referrals`)).statusCode).toBe(200);
    expect((await supervisor.request('POST', `/api/v1/clients/${clientId}/referrals`, referralBody({ programmeId }))).statusCode).toBe(403);
    expect((await admin.request('GET', `/api/v1/clients/${clientId}/referrals`)).statusCode).toBe(403);
  });
});
