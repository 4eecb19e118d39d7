import { createTestDatabase, type TestDatabase } from '../spec/helpers/test-database';
import type { InstrumentCode } from '@domain/measures/instrument';
import { instrumentOf } from '@domain/measures/instrument-catalog';
import { PUBLISHED_NORMS, reliableChange } from '@domain/measures/reliable-change';
import { networkEvents } from '@domain/network/network-events';
import type { NetworkMemberFacts } from '@domain/network/network-member';
import { REFERRAL_STATUS_CODES, referralFollowUpDue, referralStepProblem, type ReferralStatus } from '@domain/referrals/referral-codes';
import { generateDemoClinic, insertDemoClinic } from './demo-clinic';

describe('demo clinic generator', () => {
  const now = new Date('2026-11-25T12:00:00Z');

  it('is deterministic for a seed', async () => {
    const first = await generateDemoClinic(undefined, 7, now);
    const second = await generateDemoClinic(undefined, 7, now);
    expect(second.clients.map((record) => record.client)).toEqual(first.clients.map((record) => record.client));
    expect(second.users.map((user) => user.email)).toEqual(first.users.map((user) => user.email));
  });

  it('gives every demo therapist 8 to 15 clients with varied statuses and concerns', async () => {
    const clinic = await generateDemoClinic(undefined, 20261125, now);
    const therapists = clinic.users.filter((user) => user.role === 'therapist');
    expect(therapists.length).toBe(6);
    expect(clinic.users.filter((user) => user.role === 'supervisor').length).toBe(2);
    expect(clinic.users.filter((user) => user.role === 'admin').length).toBe(1);
    for (const therapist of therapists) {
      const own = clinic.clients.filter((record) => record.client.therapist_id === therapist.id);
      expect(own.length).toBeGreaterThanOrEqual(8);
      expect(own.length).toBeLessThanOrEqual(15);
    }
    const statuses = new Set(clinic.clients.map((record) => record.client.status));
    expect([...statuses].sort()).toEqual(['active', 'discharged', 'on-hold']);
    expect(new Set(clinic.clients.flatMap((record) => record.concerns)).size).toBeGreaterThan(5);
    for (const { client } of clinic.clients) {
      expect(client.treatment_start >= client.date_of_birth).toBeTrue();
      if (client.discharged_on) {
        expect(client.discharged_on >= client.treatment_start).withContext(client.case_number).toBeTrue();
      }
    }
  });

  it('gives every demo client a plausible network with history and notes', async () => {
    const clinic = await generateDemoClinic(undefined, 20261125, now);
    expect(clinic.networks.length).toBe(clinic.clients.length);
    for (const network of clinic.networks) {
      expect(network.members.length).toBeGreaterThanOrEqual(3);
      expect(network.members.length).toBeLessThanOrEqual(15);
      expect(network.notes.length).toBeGreaterThan(0);
      for (const member of network.members) {
        const revisions = network.revisions.filter((revision) => revision.member_id === member.id);
        expect(revisions.length).toBe(member.version);
        expect(JSON.parse(revisions[revisions.length - 1].facts).name).toBe(member.name);
        if (member.ended_on) {
          expect(member.ended_on > member.active_from!).toBeTrue();
        }
      }
    }
    const members = clinic.networks.flatMap((network) => network.members);
    expect(members.some((member) => member.ended_on)).withContext('some ended').toBeTrue();
    expect(members.some((member) => member.tie_quality === 'strained' || member.tie_quality === 'harmful')).withContext('some strained').toBeTrue();
    expect(clinic.networks.flatMap((network) => network.revisions).some((revision) => revision.version > 1)).withContext('history').toBeTrue();
  });

  it('gives demo clients completed, cancelled, no-show and planned family sessions', async () => {
    const clinic = await generateDemoClinic(undefined, 20261125, now);
    const sessions = clinic.sessions.flatMap((client) => client.sessions);
    expect(new Set(sessions.map((session) => session.status))).toEqual(new Set(['completed', 'cancelled', 'no-show', 'planned']));
    for (const session of sessions) {
      const start = Date.parse(session.starts_at!);
      expect(session.status === 'planned' ? start > now.getTime() : start < now.getTime()).withContext(session.status!).toBeTrue();
    }
    clinic.clients.forEach((record, index) => {
      if (record.client.status === 'active') {
        expect(clinic.sessions[index].sessions.some((session) => session.status === 'planned')).withContext(record.client.case_number).toBeTrue();
      }
    });
  });

  it('runs two groups with a few months of meetings, every roster status, and attendance only for clients enrolled that day', async () => {
    const { groups } = await generateDemoClinic(undefined, 20261125, now);
    expect(groups.groups.length).toBe(2);
    expect(new Set(groups.enrolments.map((place) => place.status))).toEqual(new Set(['referred', 'waiting', 'enrolled', 'declined', 'left']));
    const today = now.toISOString().slice(0, 10);
    for (const group of groups.groups) {
      const past = groups.meetings.filter((meeting) => meeting.group_id === group.id && meeting.meeting_date < today);
      expect(past.length).withContext(group.name).toBeGreaterThanOrEqual(6);
      const enrolled = groups.enrolments.filter((place) => place.group_id === group.id && place.status === 'enrolled').length;
      expect(enrolled).withContext(group.name).toBeLessThanOrEqual(group.capacity);
    }
    expect(groups.meetings.some((meeting) => meeting.cancelled === 1)).toBeTrue();
    expect(groups.meetings.some((meeting) => meeting.meeting_date !== meeting.scheduled_on)).toBeTrue();
    const placeOf = new Map(groups.enrolments.map((place) => [place.id, place]));
    const meetingOf = new Map(groups.meetings.map((meeting) => [meeting.id, meeting]));
    for (const entry of groups.attendance) {
      const place = placeOf.get(entry.enrolment_id)!;
      const date = meetingOf.get(entry.meeting_id)!.meeting_date;
      expect(place.enrolled_on! <= date && (!place.left_on || date <= place.left_on)).toBeTrue();
      expect(entry.progress_note === null || entry.attendance === 'present').toBeTrue();
    }
    expect(groups.attendance.some((entry) => entry.progress_note)).toBeTrue();
  });

  it('keeps a community programmes directory and referrals in every state, each timeline walking only allowed steps, the same for a seed', async () => {
    const { referrals } = await generateDemoClinic(undefined, 20261125, now);
    const again = (await generateDemoClinic(undefined, 20261125, now)).referrals;
    expect(again).toEqual(referrals);
    expect(referrals.programmes.some((programme) => programme.active === 0)).toBeTrue();
    const statuses = referrals.referrals.map((referral) => referral.status);
    for (const status of REFERRAL_STATUS_CODES) {
      expect(statuses.filter((s) => s === status).length).withContext(status).toBeGreaterThanOrEqual(2);
    }
    const today = now.toISOString().slice(0, 10);
    expect(referrals.referrals.some((r) => referralFollowUpDue(r.status as ReferralStatus, r.status_on, today))).toBeTrue();
    expect(referrals.referrals.some((r) => r.enrolment_id !== null)).toBeTrue();
    for (const referral of referrals.referrals) {
      const steps = referrals.events.filter((event) => event.referral_id === referral.id);
      expect(steps[0]!.status).toBe('referred');
      expect(steps[steps.length - 1]!.status).toBe(referral.status);
      expect(steps[steps.length - 1]!.occurred_on).toBe(referral.status_on);
      for (let i = 1; i < steps.length; i++) {
        expect(steps[i - 1]!.occurred_on <= steps[i]!.occurred_on).toBeTrue();
        // Programme referrals walk the therapist's steps; a group's follows its roster (referred → attending).
        if (referral.programme_id !== null) {
          expect(referralStepProblem(steps[i - 1]!.status as ReferralStatus, steps[i]!.status as ReferralStatus)).withContext(referral.id).toBeNull();
        }
      }
    }
  });

  it('gives demo clients measures every 2–6 weeks with mixed trajectories, scored like the server scores them', async () => {
    const clinic = await generateDemoClinic(undefined, 20261125, now);
    const endings = { improving: 0, declining: 0 };
    clinic.measures.forEach((client, index) => {
      const { client: record } = clinic.clients[index];
      const mspss = client.measures.filter((row) => row.instrument === 'mspss').sort((a, b) => a.administered_on.localeCompare(b.administered_on));
      for (let i = 1; i < mspss.length; i++) {
        const gapDays = (Date.parse(mspss[i].administered_on) - Date.parse(mspss[i - 1].administered_on)) / 86_400_000;
        expect(gapDays).withContext(record.case_number).toBeGreaterThanOrEqual(14);
        expect(gapDays).withContext(record.case_number).toBeLessThanOrEqual(42);
      }
      for (const row of client.measures) {
        expect(row.administered_on >= record.treatment_start && row.administered_on <= '2026-11-25').withContext(record.case_number).toBeTrue();
        expect(instrumentOf(row.instrument as InstrumentCode).score(JSON.parse(row.answers)).total).toBe(row.total);
      }
      if (mspss.length >= 4) {
        const change = mspss[mspss.length - 1].total - mspss[0].total;
        endings.improving += change >= 1 ? 1 : 0;
        endings.declining += change <= -1 ? 1 : 0;
      }
    });
    expect(endings.improving).withContext('most improve').toBeGreaterThan(endings.declining * 2);
    expect(endings.declining).withContext('some decline').toBeGreaterThan(0);
    const statuses = clinic.measures.flatMap((client) => (client.status ? [client.status] : []));
    expect(statuses.some((status) => status.isolation_risk === 1)).withContext('a few isolated').toBeTrue();
    const lastByActive = clinic.clients.flatMap((record, index) => (record.client.status === 'active' ? [clinic.measures[index].status?.last_measured_on ?? null] : []));
    expect(lastByActive.some((last) => last !== null && last < '2026-10-26')).withContext('some overdue').toBeTrue();
  });

  it('shows the first therapist a client whose supportive tie turned strained between two UCLA-3 measures with a reliable decline', async () => {
    const clinic = await generateDemoClinic(undefined, 20261125, now);
    const therapist = clinic.users.find((user) => user.role === 'therapist')!;
    const found = clinic.clients.flatMap((record, index) => {
      if (record.client.therapist_id !== therapist.id) {
        return [];
      }
      const revisions = clinic.networks[index].revisions.map((row) => ({
        memberId: row.member_id,
        version: row.version,
        effectiveOn: row.effective_on,
        facts: JSON.parse(row.facts) as NetworkMemberFacts,
      }));
      const strained = networkEvents(revisions, '2026-11-25').filter((item) => item.kind === 'quality-changed' && item.to === 'strained');
      const ucla = clinic.measures[index].measures.filter((row) => row.instrument === 'ucla-3').sort((a, b) => a.administered_on.localeCompare(b.administered_on));
      return ucla.slice(1).flatMap((later, k) => {
        const earlier = ucla[k];
        const reliable = reliableChange(PUBLISHED_NORMS['ucla-3'], earlier.total, later.total) === 'deteriorated';
        const between = strained.some((item) => item.date > earlier.administered_on && item.date < later.administered_on);
        return reliable && between ? [record.client.case_number] : [];
      });
    });
    expect(found.length).toBeGreaterThan(0);
    const index = clinic.clients.findIndex((record) => record.client.case_number === found[0]);
    // Its stored flags agree with its measures: the decline is flagged.
    expect(clinic.measures[index].status?.decline).toBe(1);
    // And every member's revisions still run 1..version, the last naming the member as stored.
    for (const member of clinic.networks[index].members) {
      const revisions = clinic.networks[index].revisions.filter((row) => row.member_id === member.id);
      expect(revisions.map((row) => row.version).sort()).toEqual(Array.from({ length: member.version! }, (_, i) => i + 1));
      expect(JSON.parse(revisions.find((row) => row.version === member.version)!.facts).tieQuality).toBe(member.tie_quality);
    }
  });

  describe('in batches', () => {
    let database: TestDatabase;

    beforeAll(async () => {
      database = await createTestDatabase();
    }, 60_000);

    afterAll(async () => {
      await database.dispose();
    });

    // The 5,000-client benchmark clinic is `npm run bench`'s first step (minutes); here a clinic that
    // fills more than one 500-row batch of the large tables proves batching stores every row.
    it('stores every row of a clinic larger than one insert batch of each table', async () => {
      const clinic = await generateDemoClinic({ supervisors: 2, therapistsPerSupervisor: 3, clientsPerTherapist: { min: 100, max: 100 } }, 1, now);
      await insertDemoClinic(database.db, clinic);
      const stored = async (table: 'clients' | 'network_members' | 'network_member_revisions' | 'family_sessions' | 'measures') =>
        Number((await database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      expect(await stored('clients')).toBe(600);
      const networks = clinic.networks;
      expect(networks.flatMap((network) => network.members).length).toBeGreaterThan(500);
      expect(await stored('network_members')).toBe(networks.flatMap((network) => network.members).length);
      expect(await stored('network_member_revisions')).toBe(networks.flatMap((network) => network.revisions).length);
      expect(await stored('family_sessions')).toBe(clinic.sessions.flatMap((client) => client.sessions).length);
      expect(await stored('measures')).toBe(clinic.measures.flatMap((client) => client.measures).length);
    }, 120_000);
  });
});
