import { addDays } from '@domain/common/iso-date';
import { INSTRUMENT_CODES, type InstrumentCode } from '@domain/measures/instrument';
import { instrumentOf } from '@domain/measures/instrument-catalog';
import { measureIndicators } from '@domain/measures/measure-flags';
import { allNorms, clinicNorms, firstScoresOf, thresholdLine } from '@domain/measures/reliable-change';
import { consentStateOn } from '@domain/network/consent-state';
import type { ConsentStatus } from '@domain/network/network-codes';
import { REFERRAL_STATUS_CODES, type ReferralStatus } from '@domain/referrals/referral-codes';
import { CONSIDER_REFERRAL_REASON_CODES, type ConsiderReferralReason, MEASUREMENT_COVERAGE_DAYS, TEAM_FLAG_CODES, type TeamDashboard, type TeamFlag } from '@domain/supervision/team-dashboard';
import { measurePointOf, refreshMeasureStatus } from '../measures/measure-status';
import { addClient } from '../spec/helpers/test-clients';
import { v7 as uuidv7 } from 'uuid';
import { DEMO_PASSWORD, type DemoClinic, generateDemoClinic, insertDemoClinic } from '../seed/demo-clinic';
import { addUser, Browser, createTestApp, type TestApp, type TestUser } from '../spec/helpers/test-app';

const TODAY = '2026-11-25';
const NOW = new Date(`${TODAY}T09:00:00.000Z`);

interface Filter {
  from: string;
  to: string;
  therapistId?: string;
  concern?: string;
  status?: string;
}

/**
 * The dashboard computed the slow, obvious way: in memory over the generated clinic, with the
 * domain's own flag and consent rules. The SQL answers must equal it.
 */
function bruteForce(clinic: DemoClinic, supervisorId: string, extraTherapists: readonly { id: string; name: string }[], filter: Filter) {
  const therapists = [...clinic.users.filter((user) => user.role === 'therapist' && user.supervisor_id === supervisorId), ...extraTherapists]
    .filter((therapist) => !filter.therapistId || therapist.id === filter.therapistId)
    .map((therapist) => ({ id: therapist.id!, name: therapist.name! }));
  const inTeam = new Set(therapists.map((therapist) => therapist.id));
  const picked = clinic.clients
    .map((record, index) => ({ ...record, index }))
    .filter(({ client, concerns }) => inTeam.has(client.therapist_id!) && (!filter.status || filter.status === 'all' || client.status === filter.status) && (!filter.concern || filter.concern === 'all' || concerns.includes(filter.concern as never)));

  const caseloads = therapists.map((therapist) => {
    const own = picked.filter(({ client }) => client.therapist_id === therapist.id);
    return {
      therapistId: therapist.id,
      therapistName: therapist.name,
      active: own.filter(({ client }) => client.status === 'active').length,
      onHold: own.filter(({ client }) => client.status === 'on-hold').length,
      dischargedInPeriod: own.filter(({ client }) => client.status === 'discharged' && client.discharged_on! >= filter.from && client.discharged_on! <= filter.to).length,
    };
  });

  const sessionCounts = new Map<string, number>();
  for (const { client, index } of picked) {
    for (const session of clinic.sessions[index].sessions) {
      if (session.starts_at! >= `${filter.from}T00:00:00.000Z` && session.starts_at! <= `${filter.to}T23:59:59.999Z`) {
        const key = [session.starts_at!.slice(0, 7), client.therapist_id, session.type, session.status].join('|');
        sessionCounts.set(key, (sessionCounts.get(key) ?? 0) + 1);
      }
    }
  }
  const sessions = [...sessionCounts].map(([key, count]) => {
    const [month, therapistId, type, status] = key.split('|');
    return { month, therapistId, type, status, sessions: count };
  });

  const since = addDays(TODAY, -MEASUREMENT_COVERAGE_DAYS);
  const coverage = therapists.map((therapist) => {
    const active = picked.filter(({ client }) => client.therapist_id === therapist.id && client.status === 'active');
    return {
      therapistId: therapist.id,
      activeClients: active.length,
      measuredRecently: active.filter(({ index }) => clinic.measures[index].measures.some((m) => m.administered_on >= since && m.administered_on <= TODAY)).length,
    };
  });

  const bandCounts = { low: 0, moderate: 0, high: 0, none: 0 };
  const totalsByMonth = new Map<string, number[]>();
  const flagged: { clientId: string; caseNumber: string; flags: TeamFlag[] }[] = [];
  // Reliable change is judged against the whole clinic's norms (its clients' first measures).
  const norms = clinicNorms(
    firstScoresOf(
      clinic.measures.flatMap((client) =>
        client.measures.map((m) => ({
          clientId: m.client_id,
          instrument: m.instrument as InstrumentCode,
          administeredOn: m.administered_on,
          id: m.id,
          total: m.total,
          subscales: JSON.parse(m.subscales) as Record<string, number>,
        })),
      ),
    ),
  );
  // Groups and referrals (#16, item 7): attendance at meetings held in the period, referrals made in
  // it by today's status, and active clients in a concern band with no tie to a group.
  const meetingDate = new Map(clinic.groups.meetings.map((meeting) => [meeting.id!, meeting.meeting_date!]));
  const referredOn = new Map(clinic.referrals.events.filter((event) => event.status === 'referred').map((event) => [event.referral_id!, event.occurred_on!]));
  const inPeriod = (date: string | undefined) => date !== undefined && date >= filter.from && date <= filter.to;
  const groupsReferrals = therapists.map((therapist) => {
    const own = new Set(picked.filter(({ client }) => client.therapist_id === therapist.id).map(({ client }) => client.id!));
    const attended = clinic.groups.attendance.filter((row) => own.has(row.client_id!) && inPeriod(meetingDate.get(row.meeting_id!)));
    const referrals = Object.fromEntries(REFERRAL_STATUS_CODES.map((status) => [status, 0])) as Record<ReferralStatus, number>;
    for (const referral of clinic.referrals.referrals.filter((row) => own.has(row.client_id!) && inPeriod(referredOn.get(row.id!)))) {
      referrals[referral.status as ReferralStatus]++;
    }
    return { therapistId: therapist.id, attendancesPresent: attended.filter((row) => row.attendance === 'present').length, attendancesRecorded: attended.length, referrals };
  });
  const considerReferral: { caseNumber: string; reasons: readonly ConsiderReferralReason[] }[] = [];

  for (const { client, index } of picked) {
    const measures = clinic.measures[index].measures;
    const mspss = measures.filter((m) => m.instrument === 'mspss').sort((a, b) => a.administered_on.localeCompare(b.administered_on));
    bandCounts[(mspss.at(-1)?.band ?? 'none') as keyof typeof bandCounts]++;
    for (const m of mspss.filter((row) => row.administered_on >= filter.from && row.administered_on <= filter.to)) {
      totalsByMonth.set(m.administered_on.slice(0, 7), [...(totalsByMonth.get(m.administered_on.slice(0, 7)) ?? []), m.total]);
    }
    if (client.status !== 'active') {
      continue;
    }
    const indicators = measureIndicators(
      measures.map(measurePointOf),
      { today: TODAY, treatmentStart: client.treatment_start!, active: true, reassessmentDays: 30, riskNoted: false },
      norms,
    );
    const expiring = clinic.networks[index].members.some(
      (member) =>
        member.active_from! <= TODAY &&
        (!member.ended_on || member.ended_on > TODAY) &&
        consentStateOn({ status: member.consent_status as ConsentStatus, givenOn: member.consent_given_on ?? null, expiresOn: member.consent_expires_on ?? null }, TODAY) === 'expiring',
    );
    const raised = new Set<TeamFlag>([...indicators.flags, ...(expiring ? (['consent-expiring'] as const) : [])]);
    const reasons = CONSIDER_REFERRAL_REASON_CODES.filter((reason) => raised.has(reason));
    const tied =
      clinic.groups.enrolments.some((place) => place.client_id === client.id && ['referred', 'waiting', 'enrolled'].includes(place.status!)) ||
      clinic.referrals.referrals.some((referral) => referral.client_id === client.id && ['referred', 'contacted', 'attending'].includes(referral.status!)) ||
      clinic.networks[index].members.some(
        (member) => ['peers-groups', 'community'].includes(member.category!) && member.active_from! <= TODAY && (!member.ended_on || member.ended_on > TODAY),
      );
    if (reasons.length > 0 && !tied) {
      considerReferral.push({ caseNumber: client.case_number!, reasons });
    }
    const flags = TEAM_FLAG_CODES.filter((flag) => raised.has(flag));
    if (flags.length > 0) {
      flagged.push({ clientId: client.id!, caseNumber: client.case_number!, flags });
    }
  }
  const severity = (flags: readonly TeamFlag[]) => flags.reduce((sum, flag) => sum + 2 ** (TEAM_FLAG_CODES.length - TEAM_FLAG_CODES.indexOf(flag)), 0);
  flagged.sort((a, b) => severity(b.flags) - severity(a.flags) || (a.caseNumber < b.caseNumber ? -1 : 1));
  const medians = [...totalsByMonth]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, totals]) => {
      const sorted = [...totals].sort((a, b) => a - b);
      const middle = sorted.length % 2 === 1 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
      return { month, median: middle, measures: sorted.length };
    });
  // Outcomes card: per instrument and therapist, clients with two or more measures in the period, first
  // to last there (by date, then id), the change in points against the norm's threshold in points.
  const outcomes = INSTRUMENT_CODES.flatMap((instrument) => {
    const rowOf = (therapistId: string | null) => {
      const counts = { therapistId, instrument, clients: 0, improved: 0, noChange: 0, deteriorated: 0 };
      for (const { client, index } of picked) {
        if (therapistId !== null && client.therapist_id !== therapistId) {
          continue;
        }
        const inPeriod = clinic.measures[index].measures
          .filter((m) => m.instrument === instrument && m.administered_on >= filter.from && m.administered_on <= filter.to)
          .sort((a, b) => a.administered_on.localeCompare(b.administered_on) || (a.id < b.id ? -1 : 1));
        if (inPeriod.length < 2) {
          continue;
        }
        const change = inPeriod.at(-1)!.total - inPeriod[0].total;
        counts.clients++;
        if (Math.abs(change) < norms.totals[instrument].threshold - 1e-9) {
          counts.noChange++;
        } else if (change > 0 === instrumentOf(instrument).higherIsBetter) {
          counts.improved++;
        } else {
          counts.deteriorated++;
        }
      }
      return counts;
    };
    return [...therapists.map((therapist) => rowOf(therapist.id)), rowOf(null)];
  });
  considerReferral.sort((a, b) => (a.caseNumber < b.caseNumber ? -1 : 1));
  return { caseloads, sessions, coverage, bandCounts, medians, flagged, norms, outcomes, groupsReferrals, considerReferral };
}

const byTherapist = <T extends { therapistId: string }>(rows: readonly T[]) => [...rows].sort((a, b) => (a.therapistId < b.therapistId ? -1 : 1));
const byOutcomeKey = (a: { instrument: string; therapistId: string | null }, b: { instrument: string; therapistId: string | null }) =>
  `${a.instrument} ${a.therapistId ?? 'team'}` < `${b.instrument} ${b.therapistId ?? 'team'}` ? -1 : 1;
const sessionKey = (row: { month: string; therapistId: string; type: string; status: string }) => `${row.month}|${row.therapistId}|${row.type}|${row.status}`;

describe('team dashboard aggregates equal a brute-force computation', () => {
  it('generates clinics in which some client reliably deteriorates over the last 12 months, so the outcomes card is tested on all three kinds', async () => {
    let deteriorated = 0;
    for (const seed of [3, 11, 29]) {
      const clinic = await generateDemoClinic({ supervisors: 2, therapistsPerSupervisor: 2, clientsPerTherapist: { min: 8, max: 14 } }, seed, NOW);
      const supervisorId = clinic.users.find((user) => user.email.startsWith('supervisor1@'))!.id!;
      const { outcomes } = bruteForce(clinic, supervisorId, [], { from: '2025-11-26', to: TODAY });
      deteriorated += outcomes.filter((row) => row.therapistId === null).reduce((sum, row) => sum + row.deteriorated, 0);
    }
    expect(deteriorated).toBeGreaterThan(0);
  });

  for (const seed of [3, 11, 29]) {
    describe(`over a clinic generated from seed ${seed}`, () => {
      let t: TestApp;
      let clinic: DemoClinic;
      let browser: Browser;
      let supervisorId: string;
      let idleTherapist: TestUser;
      let emptyTeam: TestUser;

      beforeAll(async () => {
        // On SQLite the figures run on read workers, as the server runs them (on PostgreSQL, on its pool);
        // the access and cache specs below run them on the serving connection.
        t = await createTestApp({}, undefined, { readWorkers: 2 });
        clinic = await generateDemoClinic({ supervisors: 2, therapistsPerSupervisor: 2, clientsPerTherapist: { min: 8, max: 14 } }, seed, NOW);
        await insertDemoClinic(t.database.db, clinic);
        supervisorId = clinic.users.find((user) => user.email.startsWith('supervisor1@'))!.id!;
        idleTherapist = await addUser(t, 'therapist', { supervisorId });
        emptyTeam = await addUser(t, 'supervisor');
        browser = new Browser(t.app);
        await browser.signIn(`supervisor1@demo.carecircle.test`, DEMO_PASSWORD);
      }, 120_000);

      afterAll(async () => {
        await t.close();
      });

      const filters: [string, Filter][] = [
        ['the last 12 months', { from: '2025-11-26', to: TODAY }],
        ['two years, active clients with depression', { from: '2024-11-25', to: TODAY, status: 'active', concern: 'depression' }],
        ['three months of discharged clients', { from: '2026-08-25', to: TODAY, status: 'discharged' }],
      ];
      for (const [name, filter] of filters) {
        it(`matches for ${name}`, async () => {
          const query = new URLSearchParams(Object.entries(filter).filter(([, value]) => value !== undefined) as [string, string][]);
          const response = await browser.request('GET', `/api/v1/team/dashboard?${query}`);
          expect(response.statusCode).toBe(200);
          const dashboard = response.json() as TeamDashboard;
          const expected = bruteForce(clinic, supervisorId, [{ id: idleTherapist.id, name: 'Test therapist' }], filter);
          expect(byTherapist(dashboard.caseloads)).toEqual(byTherapist(expected.caseloads));
          expect(dashboard.sessions.map(sessionKey).sort()).toEqual(expected.sessions.map(sessionKey).sort());
          expect(new Map(dashboard.sessions.map((row) => [sessionKey(row), row.sessions]))).toEqual(new Map(expected.sessions.map((row) => [sessionKey(row), row.sessions])));
          expect(byTherapist(dashboard.coverage)).toEqual(byTherapist(expected.coverage));
          expect(Object.fromEntries(dashboard.supportBands.map((row) => [row.band, row.clients]))).toEqual(expected.bandCounts);
          expect(dashboard.medianSupportByMonth.map((row) => [row.month, row.measures])).toEqual(expected.medians.map((row) => [row.month, row.measures]));
          dashboard.medianSupportByMonth.forEach((row, index) => expect(row.median).withContext(row.month).toBeCloseTo(expected.medians[index].median, 9));
          expect(dashboard.flaggedClients.map((row) => [row.caseNumber, row.flags])).toEqual(expected.flagged.map((row) => [row.caseNumber, row.flags]));
          // What a reliable-decline flag means in this clinic: the norms the flags above were judged with.
          expect(dashboard.changeThresholds).toEqual(allNorms(expected.norms).map(thresholdLine));
          // The outcomes card, judged against those same norms.
          expect([...dashboard.outcomes].sort(byOutcomeKey)).toEqual([...expected.outcomes].sort(byOutcomeKey));
          // Groups and referrals per therapist, and the clients to consider referring.
          expect(byTherapist(dashboard.groupsReferrals)).toEqual(byTherapist(expected.groupsReferrals));
          expect(dashboard.considerReferral.map((row) => [row.caseNumber, row.reasons])).toEqual(expected.considerReferral.map((row) => [row.caseNumber, row.reasons]));
          if (!filter.status) {
            // The generated clinic really exercises every figure.
            expect(dashboard.sessions.length).toBeGreaterThan(0);
            expect(dashboard.medianSupportByMonth.length).toBeGreaterThan(6);
            expect(dashboard.flaggedClients.length).toBeGreaterThan(0);
            const attendances = expected.groupsReferrals.reduce((sum, row) => sum + row.attendancesRecorded, 0);
            const present = expected.groupsReferrals.reduce((sum, row) => sum + row.attendancesPresent, 0);
            expect(attendances > present && present > 0).withContext('attendance is recorded, not all present').toBeTrue();
            expect(expected.groupsReferrals.some((row) => Object.values(row.referrals).some((n) => n > 0))).withContext('referrals made in the period').toBeTrue();
            const team = expected.outcomes.filter((row) => row.therapistId === null);
            expect(team.every((row) => row.clients > 0)).withContext('every instrument has clients measured twice').toBeTrue();
            // Deterioration is rarer: the generated clinics show it somewhere (spec below).
            expect(team.some((row) => row.improved > 0) && team.some((row) => row.noChange > 0)).toBeTrue();
          }
        });
      }

      it('gives a therapist with no clients zero rows, and one therapist alone when filtered', async () => {
        const all = (await browser.request('GET', `/api/v1/team/dashboard?from=2025-11-26&to=${TODAY}`)).json() as TeamDashboard;
        expect(all.caseloads.find((row) => row.therapistId === idleTherapist.id)).toEqual({ therapistId: idleTherapist.id, therapistName: 'Test therapist', active: 0, onHold: 0, dischargedInPeriod: 0 });
        expect(all.coverage.find((row) => row.therapistId === idleTherapist.id)).toEqual({ therapistId: idleTherapist.id, activeClients: 0, measuredRecently: 0 });
        const one = (await browser.request('GET', `/api/v1/team/dashboard?from=2025-11-26&to=${TODAY}&therapistId=${idleTherapist.id}`)).json() as TeamDashboard;
        expect(one.caseloads.map((row) => row.therapistId)).toEqual([idleTherapist.id]);
        expect(one.sessions).toEqual([]);
        expect(one.medianSupportByMonth).toEqual([]);
        expect(one.flaggedClients).toEqual([]);
        expect(one.supportBands.every((row) => row.clients === 0)).toBeTrue();
      });

      it('gives an admin an empty team all zeros, and aggregates without the clinical flagged list', async () => {
        const admin = new Browser(t.app);
        await admin.signIn('admin@demo.carecircle.test', DEMO_PASSWORD);
        const empty = (await admin.request('GET', `/api/v1/team/dashboard?from=2025-11-26&to=${TODAY}&supervisorId=${emptyTeam.id}`)).json() as TeamDashboard;
        expect(empty.therapists).toEqual([]);
        expect(empty.caseloads).toEqual([]);
        expect(empty.sessions).toEqual([]);
        expect(empty.supportBands.map((row) => row.clients)).toEqual([0, 0, 0, 0]);
        const team = (await admin.request('GET', `/api/v1/team/dashboard?from=2025-11-26&to=${TODAY}&supervisorId=${supervisorId}`)).json() as TeamDashboard;
        expect(team.caseloads.reduce((sum, row) => sum + row.active, 0)).toBeGreaterThan(0);
        expect(team.flaggedClientsShown).toBeFalse();
        expect(team.flaggedClients).toEqual([]);
        // The clients to consider referring are clinical too; the counts are aggregates.
        expect(team.considerReferral).toEqual([]);
        expect(team.groupsReferrals.length).toBe(team.therapists.length);
        expect(team.teams.length).toBe(3);
      });
    });
  }
});

describe('team dashboard access and input', () => {
  let t: TestApp;
  let supervisor: TestUser;
  let otherSupervisor: TestUser;
  let therapist: TestUser;
  let otherTherapist: TestUser;
  let browser: Browser;
  const period = `from=2026-06-01&to=${TODAY}`;

  beforeEach(async () => {
    t = await createTestApp();
    supervisor = await addUser(t, 'supervisor');
    otherSupervisor = await addUser(t, 'supervisor');
    therapist = await addUser(t, 'therapist', { supervisorId: supervisor.id });
    otherTherapist = await addUser(t, 'therapist', { supervisorId: otherSupervisor.id });
    browser = new Browser(t.app);
    await browser.signIn(supervisor.email);
  });

  afterEach(async () => {
    await t.close();
  });

  it('shows a supervisor their own team only; another team answers 404 like any out-of-scope record', async () => {
    const own = await browser.request('GET', `/api/v1/team/dashboard?${period}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().team.supervisorId).toBe(supervisor.id);
    expect(own.json().teams.map((team: { supervisorId: string }) => team.supervisorId)).toEqual([supervisor.id]);
    expect((await browser.request('GET', `/api/v1/team/dashboard?${period}&supervisorId=${otherSupervisor.id}`)).statusCode).toBe(404);
    expect((await browser.request('GET', `/api/v1/team/dashboard?${period}&therapistId=${otherTherapist.id}`)).statusCode).toBe(404);
    expect((await browser.request('GET', `/api/v1/team/dashboard?${period}&therapistId=${therapist.id}`)).statusCode).toBe(200);
  });

  it('refuses therapists (403) and the signed-out (401)', async () => {
    const therapistBrowser = new Browser(t.app);
    await therapistBrowser.signIn(therapist.email);
    expect((await therapistBrowser.request('GET', `/api/v1/team/dashboard?${period}`)).statusCode).toBe(403);
    expect((await new Browser(t.app).request('GET', `/api/v1/team/dashboard?${period}`)).statusCode).toBe(401);
  });

  it('answers bad input with 400 naming the field', async () => {
    const cases: [string, string][] = [
      ['from=2026-06-01&to=2026-05-01', 'querystring.to'],
      ['from=2020-01-01&to=2026-06-01', 'querystring.to'],
      [`${period}&therapistId=01939a1e-0000-7000-8000-00000000dead`, 'querystring.therapistId'],
      [`${period}&therapistId=not-a-uuid`, 'querystring.therapistId'],
      [`${period}&concern=sadness`, 'querystring.concern'],
      [`${period}&status=gone`, 'querystring.status'],
    ];
    for (const [query, field] of cases) {
      const response = await browser.request('GET', `/api/v1/team/dashboard?${query}`);
      expect(response.statusCode).withContext(query).toBe(400);
      expect(response.json().errors.map((error: { field: string }) => error.field)).withContext(query).toContain(field);
    }
  });

  it('serves a repeat from the cache but never across a write, and audits every read', async () => {
    const client = await t.database.db
      .insertInto('clients')
      .values({
        id: '01939a1e-0000-7000-8000-0000000c1e01',
        preferred_name: 'Ana',
        legal_name: 'Ana Example',
        date_of_birth: '1990-01-01',
        case_number: 'D-1',
        pronouns: '',
        treatment_start: '2026-01-05',
        status: 'active',
        discharged_on: null,
        discharge_reason: null,
        family_consent: 'granted',
        therapist_id: therapist.id,
        version: 1,
        created_at: NOW.toISOString(),
        created_by: therapist.id,
        updated_at: NOW.toISOString(),
        updated_by: therapist.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const first = (await browser.request('GET', `/api/v1/team/dashboard?${period}`)).json() as TeamDashboard;
    expect(first.coverage[0].measuredRecently).toBe(0);
    // Changed behind the API's back: the cache still answers within the minute...
    await t.database.db.updateTable('clients').set({ status: 'on-hold' }).where('id', '=', client.id).execute();
    expect(((await browser.request('GET', `/api/v1/team/dashboard?${period}`)).json() as TeamDashboard).caseloads[0].active).toBe(1);
    // ...but any write through the API drops it at once.
    const therapistBrowser = new Browser(t.app);
    await therapistBrowser.signIn(therapist.email);
    await t.database.db.updateTable('clients').set({ status: 'active' }).where('id', '=', client.id).execute();
    const recorded = await therapistBrowser.request('POST', `/api/v1/clients/${client.id}/measures`, { instrument: 'ucla-3', administeredOn: '2026-11-20', completedBy: 'self-report', answers: [1, 1, 1] });
    expect(recorded.statusCode).toBe(201);
    const after = (await browser.request('GET', `/api/v1/team/dashboard?${period}`)).json() as TeamDashboard;
    expect(after.coverage[0]).toEqual({ therapistId: therapist.id, activeClients: 1, measuredRecently: 1 });
    // And after a minute without writes, it is computed afresh.
    await t.database.db.updateTable('clients').set({ status: 'on-hold' }).where('id', '=', client.id).execute();
    t.clock.advanceSeconds(61);
    await browser.request('GET', '/api/v1/auth/me');
    expect(((await browser.request('GET', `/api/v1/team/dashboard?${period}`)).json() as TeamDashboard).caseloads[0].onHold).toBe(1);
    const audited = await t.database.db.selectFrom('audit_events').select('action').where('record_type', '=', 'team-dashboard').execute();
    expect(audited.length).toBe(4);
  });

  it('answers afresh at once when the clinic’s norms move, even by a write the cache never saw', async () => {
    // 29 clients' first UCLA-3 measures (15 at 3, 14 at 5), written through the API before the
    // dashboard is first read; the watched client then goes 3 → 5, a change of 2: noise against the
    // published threshold (3), reliable against the clinic's once its 30th client switches it in (2).
    const therapistBrowser = new Browser(t.app);
    await therapistBrowser.signIn(therapist.email);
    const measure = (clientId: string, answers: number[], administeredOn: string) =>
      therapistBrowser.request('POST', `/api/v1/clients/${clientId}/measures`, { instrument: 'ucla-3', administeredOn, completedBy: 'clinician-administered', answers });
    const watched = await addClient(t, therapist.id);
    expect((await measure(watched, [1, 1, 1], '2026-10-01')).statusCode).toBe(201);
    expect((await measure(watched, [2, 2, 1], '2026-11-01')).statusCode).toBe(201);
    for (let index = 0; index < 28; index++) {
      expect((await measure(await addClient(t, therapist.id), index % 2 === 0 ? [2, 2, 1] : [1, 1, 1], '2026-10-15')).statusCode).toBe(201);
    }
    const uclaLine = (dashboard: TeamDashboard) => dashboard.changeThresholds.find((line) => line.startsWith('UCLA-3:'));
    const flagsOf = (dashboard: TeamDashboard) => dashboard.flaggedClients.find((client) => client.clientId === watched)?.flags ?? [];
    const before = (await browser.request('GET', `/api/v1/team/dashboard?${period}`)).json() as TeamDashboard;
    expect(uclaLine(before)).toContain('SD 1.50 published');
    expect(flagsOf(before)).not.toContain('decline');

    // Another instance records the 30th client's first measure: the row and the re-judged flags land
    // in the database in one transaction, and this instance's cache hears nothing of it.
    const template = await t.database.db.selectFrom('measures').selectAll().where('client_id', '=', watched).orderBy('administered_on', 'desc').executeTakeFirstOrThrow();
    const thirtieth = await addClient(t, therapist.id);
    await t.database.db.transaction().execute(async (trx) => {
      await trx.insertInto('measures').values({ ...template, id: uuidv7(), client_id: thirtieth, administered_on: '2026-10-15' }).execute();
      await refreshMeasureStatus(trx, thirtieth);
    });

    const after = (await browser.request('GET', `/api/v1/team/dashboard?${period}`)).json() as TeamDashboard;
    expect(uclaLine(after)).toContain('from this clinic’s first measures, 30 clients');
    expect(flagsOf(after)).toContain('decline');
  });
});
