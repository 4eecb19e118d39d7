import { addDays } from '@domain/common/iso-date';
import { CASELOAD_FLAG_CODES, type CaseloadFlag } from '@domain/clients/caseload-flags';
import { caseloadQuerySchema } from '@domain/clients/client-requests';
import { referralFollowUpDue, type ReferralStatus } from '@domain/referrals/referral-codes';
import type { InstrumentCode } from '@domain/measures/instrument';
import { type MeasureFlag, type MeasurePoint, measureIndicators } from '@domain/measures/measure-flags';
import { allNorms, clinicNorms, firstScoresOf, PUBLISHED_CLINIC_NORMS, type ClinicNorms } from '@domain/measures/reliable-change';
import { raisesRiskFlag, type FamilySession } from '@domain/sessions/family-session';
import { teamDashboardQuerySchema } from '@domain/supervision/team-dashboard';
import type { UserRow } from '../db/database';
import { listClients } from '../clients/clients.repository';
import { generateDemoClinic, insertDemoClinic } from '../seed/demo-clinic';
import { createTestDatabase, type TestDatabase } from '../spec/helpers/test-database';
import { toFamilySession } from '../sessions/session-mapping';
import { flaggedClients } from '../supervision/supervision.repository';
import { flagDateOf, flagsOfSeverity } from './flag-sql';
import { measurePointOf } from './measure-status';

/**
 * The caseload and the team dashboard filter and sort by flag in SQL; the domain's measureIndicators is
 * the rule (with raisesRiskFlag for the session flag). On generated clinics, on several "todays" (so reassessment falls due for some and not others),
 * the SQL must raise exactly the flags the domain raises, and sort by the domain's severity order.
 */
describe('flag SQL agrees with the domain flag rules', () => {
  const generatedOn = new Date('2026-06-15T12:00:00Z');
  const reassessmentDays = 30;
  let database: TestDatabase;
  let therapists: UserRow[];
  let supervisors: UserRow[];
  let clients: { id: string; status: string; treatment_start: string; therapist_id: string; case_number: string }[];
  let measures: { id: string; client_id: string; instrument: string; administered_on: string; total: number; subscales: string; band: string }[];
  let norms: ClinicNorms;
  let sessions: FamilySession[];
  let referrals: { client_id: string; status: string; status_on: string }[];

  beforeAll(async () => {
    database = await createTestDatabase();
    const clinic = await generateDemoClinic({ supervisors: 2, therapistsPerSupervisor: 2, clientsPerTherapist: { min: 12, max: 16 } }, 20261206, generatedOn);
    await insertDemoClinic(database.db, clinic);
    const users = await database.db.selectFrom('users').selectAll().execute();
    therapists = users.filter((user) => user.role === 'therapist');
    supervisors = users.filter((user) => user.role === 'supervisor');
    clients = await database.db.selectFrom('clients').select(['id', 'status', 'treatment_start', 'therapist_id', 'case_number']).execute();
    measures = await database.db.selectFrom('measures').select(['id', 'client_id', 'instrument', 'administered_on', 'total', 'subscales', 'band']).execute();
    // The domain's own reading of the clinic's norms: each client's first measure per instrument,
    // its total and its flagged subscales.
    norms = clinicNorms(
      firstScoresOf(
        measures.map((m) => ({
          clientId: m.client_id,
          instrument: m.instrument as InstrumentCode,
          administeredOn: m.administered_on,
          id: m.id,
          total: Number(m.total),
          subscales: JSON.parse(m.subscales) as Record<string, number>,
        })),
      ),
    );
    // Risk concerns in every 7th session, every other one of those reviewed: a client may have both
    // kinds, so the flag must follow the unreviewed ones.
    const sessionRows = await database.db.selectFrom('family_sessions').select(['id', 'therapist_id']).orderBy('id').execute();
    for (const [index, row] of sessionRows.entries()) {
      if (index % 7 === 0) {
        const reviewed = index % 14 === 0;
        await database.db
          .updateTable('family_sessions')
          .set({
            risk_concerns: 'Concern noted',
            ...(reviewed ? { risk_reviewed_at: '2026-06-01T10:00:00.000Z', risk_reviewed_by: row.therapist_id, risk_review_note: 'Safety plan agreed' } : {}),
          })
          .where('id', '=', row.id)
          .execute();
      }
    }
    sessions = (await database.db.selectFrom('family_sessions').selectAll().execute()).map(toFamilySession);
    referrals = await database.db.selectFrom('referrals').select(['client_id', 'status', 'status_on']).execute();
  });

  afterAll(async () => database.dispose());

  const pointsOf = (clientId: string): MeasurePoint[] => measures.filter((measure) => measure.client_id === clientId).map(measurePointOf);

  /** The domain's flags for every client as of `today` (with `judgedBy`, else the clinic's norms). */
  function domainFlags(today: string, judgedBy: ClinicNorms = norms): Map<string, readonly MeasureFlag[]> {
    return new Map(
      clients.map((client) => {
        const riskNoted = sessions.some((session) => session.clientId === client.id && raisesRiskFlag(session));
        const context = { today, treatmentStart: client.treatment_start, active: client.status === 'active', reassessmentDays, riskNoted };
        return [client.id, measureIndicators(pointsOf(client.id), context, judgedBy).flags];
      }),
    );
  }

  /** The caseload's flags: the domain's measure flags, then a referral's follow-up due (referralFollowUpDue). */
  function caseloadFlags(today: string): Map<string, readonly CaseloadFlag[]> {
    const measureFlags = domainFlags(today);
    return new Map(
      clients.map((client) => {
        const due = referrals.some((referral) => referral.client_id === client.id && referralFollowUpDue(referral.status as ReferralStatus, referral.status_on, today));
        return [client.id, [...measureFlags.get(client.id)!, ...(due ? (['referral-follow-up-due'] as const) : [])]];
      }),
    );
  }

  const severity = (flags: readonly CaseloadFlag[]) => CASELOAD_FLAG_CODES.reduce((sum, flag, index) => (flags.includes(flag) ? sum + 2 ** (CASELOAD_FLAG_CODES.length - 1 - index) : sum), 0);
  const todays = ['2026-06-15', '2026-07-10', '2026-08-20'];

  it('generates a clinic large enough for its own SD on every instrument, moving a threshold off the published one', async () => {
    // Three totals and the three MSPSS subscales, every one on the clinic's own SD.
    expect(allNorms(norms).map((norm) => `${norm.instrument} ${norm.scale} ${norm.sdSource}`)).toEqual([
      'mspss total clinic',
      'lsns-6 total clinic',
      'ucla-3 total clinic',
      'mspss significant-other clinic',
      'mspss family clinic',
      'mspss friends clinic',
    ]);
    const published = allNorms(PUBLISHED_CLINIC_NORMS);
    expect(allNorms(norms).some((norm, index) => norm.steps !== published[index].steps)).toBeTrue();
    // The server worked out the same norms in SQL and stored flags with them.
    const stored = await database.db.selectFrom('measure_change_norms').selectAll().orderBy('instrument').orderBy('scale').execute();
    const key = (instrument: string, scale: string) => `${instrument} ${scale}`;
    expect(stored.map((row) => [key(row.instrument, row.scale), row.steps, row.sd_source, row.clinic_clients])).toEqual(
      allNorms(norms)
        .sort((a, b) => key(a.instrument, a.scale).localeCompare(key(b.instrument, b.scale)))
        .map((norm) => [key(norm.instrument, norm.scale), norm.steps, norm.sdSource, norm.clinicClients]),
    );
  });

  it('generates clinics where an MSPSS subscale alone raises a decline flag, so the SQL is checked on subscales too', () => {
    const totalsOnly: ClinicNorms = { totals: norms.totals, subscales: { mspss: [], 'lsns-6': [], 'ucla-3': [] } };
    const withSubscales = domainFlags(todays[0]);
    const withoutSubscales = domainFlags(todays[0], totalsOnly);
    const bySubscaleAlone = (flag: MeasureFlag) =>
      clients.filter((client) => withSubscales.get(client.id)!.includes(flag) && !withoutSubscales.get(client.id)!.includes(flag));
    expect(bySubscaleAlone('decline').length).withContext('decline since previous').toBeGreaterThan(0);
    expect(bySubscaleAlone('decline-since-first').length).withContext('decline since first').toBeGreaterThan(0);
  });

  it('generates clinics that raise every flag somewhere, so the comparison means something', () => {
    const raised = new Set(todays.flatMap((today) => [...caseloadFlags(today).values()].flat()));
    expect([...raised].sort()).toEqual([...CASELOAD_FLAG_CODES].sort());
  });

  for (const today of todays) {
    it(`filters the caseload by each flag exactly as the domain raises it (today ${today})`, async () => {
      const expected = caseloadFlags(today);
      for (const flag of CASELOAD_FLAG_CODES) {
        const found: string[] = [];
        for (const therapist of therapists) {
          const query = caseloadQuerySchema.parse({ flag, pageSize: 100 });
          const { rows } = await listClients(database.db, therapist, query, { ...flagDateOf(today, reassessmentDays), today });
          found.push(...rows.map((row) => row.id));
        }
        const wanted = clients.filter((client) => expected.get(client.id)!.includes(flag)).map((client) => client.id);
        expect(found.sort()).withContext(flag).toEqual(wanted.sort());
      }
    });

    it(`sorts the caseload by the domain's severity order (today ${today})`, async () => {
      const expected = caseloadFlags(today);
      for (const therapist of therapists) {
        const query = caseloadQuerySchema.parse({ sort: 'flags', direction: 'desc', pageSize: 100 });
        const { rows } = await listClients(database.db, therapist, query, { ...flagDateOf(today, reassessmentDays), today });
        const wanted = clients
          .filter((client) => client.therapist_id === therapist.id)
          .map((client) => ({ id: client.id, severity: severity(expected.get(client.id)!) }))
          .sort((a, b) => b.severity - a.severity || (a.id < b.id ? -1 : 1))
          .map((client) => client.id);
        expect(rows.map((row) => row.id)).toEqual(wanted);
      }
    });

    it(`raises the domain's measure flags on the team dashboard (today ${today})`, async () => {
      const expected = domainFlags(today);
      for (const supervisor of supervisors) {
        const query = teamDashboardQuerySchema.parse({ from: addDays(today, -365), to: today });
        const flagged = await flaggedClients(database.db, { user: supervisor, team: { supervisorId: supervisor.id, supervisorName: supervisor.name }, query, today, reassessmentDays });
        const teamTherapists = new Set(therapists.filter((therapist) => therapist.supervisor_id === supervisor.id).map((therapist) => therapist.id));
        const wanted = clients.filter((client) => teamTherapists.has(client.therapist_id) && client.status === 'active' && expected.get(client.id)!.length > 0);
        const shown = new Map(flagged.map((client) => [client.clientId, client.flags.filter((flag) => flag !== 'consent-expiring')]));
        for (const client of wanted) {
          expect(shown.get(client.id)).withContext(client.case_number).toEqual([...expected.get(client.id)!]);
        }
        // Anyone else listed is there for an expiring consent alone.
        const others = flagged.filter((client) => !wanted.some((w) => w.id === client.clientId));
        expect(others.every((client) => client.flags.length === 1 && client.flags[0] === 'consent-expiring')).toBeTrue();
      }
    });
  }

  it('reads a severity number back as the flags it stands for', () => {
    expect(flagsOfSeverity(['a', 'b', 'c'], 0b101)).toEqual(['a', 'c']);
    expect(flagsOfSeverity(['a', 'b', 'c'], 0)).toEqual([]);
    expect(flagsOfSeverity(['a', 'b', 'c'], 0b111)).toEqual(['a', 'b', 'c']);
  });
});
