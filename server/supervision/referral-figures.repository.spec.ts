import type { TeamDashboard } from '@domain/supervision/team-dashboard';
import { addUser, Browser, createTestApp, type TestApp } from '../spec/helpers/test-app';
import { addClient } from '../spec/helpers/test-clients';
import { memberBody } from '../spec/helpers/test-network';
import { referralBody } from '../spec/helpers/test-referrals';

const PERIOD = 'from=2026-06-01&to=2026-11-25';
const LOW_SUPPORT = Array.from({ length: 12 }, () => 1);
const LONELY = [2, 2, 2];

/**
 * "Consider a referral" (#16, item 7) case by case through the API: a concern band and no tie to a
 * group puts a client on the list; any current place, open referral or active group or community
 * member keeps them off; another team's clients never appear. The brute-force check over generated
 * clinics (supervision.routes.spec.ts) covers the counts.
 */
describe('team dashboard: clients to consider referring', () => {
  let t: TestApp;
  let therapist: Browser;
  let supervisor: Browser;
  let programmeId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const sup = await addUser(t, 'supervisor');
    const otherSup = await addUser(t, 'supervisor');
    const own = await addUser(t, 'therapist', { supervisorId: sup.id });
    const other = await addUser(t, 'therapist', { supervisorId: otherSup.id });
    const adm = await addUser(t, 'admin');
    therapist = new Browser(t.app);
    supervisor = new Browser(t.app);
    const admin = new Browser(t.app);
    const otherTherapist = new Browser(t.app);
    await therapist.signIn(own.email);
    await supervisor.signIn(sup.email);
    await admin.signIn(adm.email);
    await otherTherapist.signIn(other.email);
    programmeId = (await admin.request('POST', '/api/v1/community-programmes', { name: 'Riverside walking group', kind: 'peer-support-group' })).json().id;

    const measure = async (browser: Browser, clientId: string, instrument: string, answers: number[]) => {
      const response = await browser.request('POST', `/api/v1/clients/${clientId}/measures`, { instrument, administeredOn: '2026-11-20', completedBy: 'self-report', answers });
      expect(response.statusCode).withContext(response.body).toBe(201);
    };
    const client = async (key: string, therapistId = own.id) => {
      ids[key] = await addClient(t, therapistId, { case_number: `CR-${key}`, preferred_name: `Name ${key}` });
      return ids[key];
    };

    await measure(therapist, await client('lonely'), 'ucla-3', LONELY);
    await measure(therapist, await client('low'), 'mspss', LOW_SUPPORT);
    await measure(therapist, await client('supported'), 'mspss', Array.from({ length: 12 }, () => 6));
    await measure(therapist, await client('referred'), 'mspss', LOW_SUPPORT);
    await therapist.request('POST', `/api/v1/clients/${ids['referred']}/referrals`, referralBody({ programmeId }));
    await measure(therapist, await client('declined'), 'mspss', LOW_SUPPORT);
    const declined = (await therapist.request('POST', `/api/v1/clients/${ids['declined']}/referrals`, referralBody({ programmeId }))).json();
    expect((await therapist.request('POST', `/api/v1/clients/${ids['declined']}/referrals/${declined.id}/status`, { status: 'declined', on: '2026-11-22', note: '', version: 1 })).statusCode).toBe(200);
    await measure(therapist, await client('community'), 'mspss', LOW_SUPPORT);
    expect((await therapist.request('POST', `/api/v1/clients/${ids['community']}/network`, memberBody({ name: 'Choir', relationship: 'community-programme' }))).statusCode).toBe(201);
    await measure(therapist, await client('ended-tie'), 'mspss', LOW_SUPPORT);
    expect(
      (await therapist.request('POST', `/api/v1/clients/${ids['ended-tie']}/network`, memberBody({ name: 'Old choir', relationship: 'community-programme', activeFrom: '2025-01-01' }))).statusCode,
    ).toBe(201);
    await t.database.db.updateTable('network_members').set({ ended_on: '2026-01-01', end_reason: 'Moved away' }).where('client_id', '=', ids['ended-tie']).execute();
    await measure(therapist, await client('family'), 'mspss', LOW_SUPPORT);
    expect((await therapist.request('POST', `/api/v1/clients/${ids['family']}/network`, memberBody())).statusCode).toBe(201);
    await measure(therapist, await client('on-hold'), 'mspss', LOW_SUPPORT);
    await t.database.db.updateTable('clients').set({ status: 'on-hold' }).where('id', '=', ids['on-hold']).execute();
    await measure(otherTherapist, await client('other-team', other.id), 'ucla-3', LONELY);
  }, 60_000);

  afterAll(async () => {
    await t.close();
  });

  it('lists active clients in a concern band with no group, open referral or group or community tie, with the reasons', async () => {
    const response = await supervisor.request('GET', `/api/v1/team/dashboard?${PERIOD}`);
    expect(response.statusCode).toBe(200);
    const dashboard = response.json() as TeamDashboard;
    expect(dashboard.considerReferral.map((row) => [row.caseNumber, row.reasons])).toEqual([
      ['CR-declined', ['low-perceived-support']],
      ['CR-ended-tie', ['low-perceived-support']],
      ['CR-family', ['low-perceived-support']],
      ['CR-lonely', ['loneliness']],
      ['CR-low', ['low-perceived-support']],
    ]);
    expect(dashboard.considerReferral.find((row) => row.caseNumber === 'CR-lonely')?.clientId).toBe(ids['lonely']);
    // The therapist's caseload marks the same clients (one SQL condition for both).
    const caseload = (await therapist.request('GET', '/api/v1/clients?pageSize=100')).json().items as { caseNumber: string; indicators: { considerReferral: boolean } }[];
    expect(caseload.filter((row) => row.indicators.considerReferral).map((row) => row.caseNumber).sort()).toEqual(dashboard.considerReferral.map((row) => row.caseNumber));
    expect(caseload.length).toBe(9);
  });

  it('counts the referrals made in the period by today’s status', async () => {
    const dashboard = (await supervisor.request('GET', `/api/v1/team/dashboard?${PERIOD}`)).json() as TeamDashboard;
    expect(dashboard.groupsReferrals).toEqual([
      {
        therapistId: dashboard.therapists[0].id,
        attendancesPresent: 0,
        attendancesRecorded: 0,
        referrals: { referred: 1, contacted: 0, attending: 0, ended: 0, declined: 1, 'no-response': 0 },
      },
    ]);
    const before = (await supervisor.request('GET', '/api/v1/team/dashboard?from=2026-06-01&to=2026-11-19')).json() as TeamDashboard;
    expect(Object.values(before.groupsReferrals[0].referrals).every((n) => n === 0)).toBeTrue();
  });
});
