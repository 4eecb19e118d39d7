import { addUser, Browser, createTestApp, type TestApp } from '../spec/helpers/test-app';
import { addClient } from '../spec/helpers/test-clients';
import { clinicNorms, firstScoresOf, PUBLISHED_CLINIC_NORMS } from '@domain/measures/reliable-change';
import type { InstrumentCode } from '@domain/measures/instrument';
import { loadClinicNorms, loadRecordedNorms, normsFingerprint, saveNorms } from './change-norms';
import { recomputeFlagsIfNormsMoved } from './measure-status';

/**
 * The clinic's own SD replaces the published one once 30 clients have a first measure of an
 * instrument, and every stored flag follows: here a client's UCLA-3 change of 2 is noise against the
 * published threshold (3) and reliable against the clinic's (2, from first totals half 3, half 5:
 * SD 1.0171, 1.96 · 1.0171 · √0.56 = 1.49 → 2).
 */
describe('clinic reliable-change norms', () => {
  let t: TestApp;
  let browser: Browser;
  let therapistId: string;
  const LOW = [1, 1, 1];
  const HIGH = [2, 2, 1];

  beforeEach(async () => {
    t = await createTestApp();
    const therapist = await addUser(t, 'therapist');
    therapistId = therapist.id;
    browser = new Browser(t.app);
    await browser.signIn(therapist.email);
  });

  afterEach(async () => t.close());

  const measure = (clientId: string, answers: number[], administeredOn: string) =>
    browser.request('POST', `/api/v1/clients/${clientId}/measures`, { instrument: 'ucla-3', administeredOn, completedBy: 'clinician-administered', answers });
  const indicatorsOf = async (clientId: string) => (await browser.request('GET', `/api/v1/clients/${clientId}/measures`)).json().indicators;

  it('switches to the clinic SD at the 30th client’s first measure, and re-judges every client', async () => {
    const watched = await addClient(t, therapistId);
    expect((await measure(watched, LOW, '2026-10-01')).statusCode).toBe(201);
    expect((await measure(watched, HIGH, '2026-11-01')).statusCode).toBe(201);
    // 28 more clients: 29 first measures in all, 14 low and 15 high counting the watched client's 3.
    for (let index = 0; index < 28; index++) {
      await measure(await addClient(t, therapistId), index % 2 === 0 ? HIGH : LOW, '2026-10-15');
    }
    const before = await indicatorsOf(watched);
    expect(before.flags).not.toContain('decline');
    expect(before.latest['ucla-3'].norm).toEqual(jasmine.objectContaining({ sdSource: 'published', threshold: 3 }));

    // The 30th client's first measure: 15 low, 15 high.
    await measure(await addClient(t, therapistId), HIGH, '2026-10-15');
    const after = await indicatorsOf(watched);
    expect(after.flags).toEqual(jasmine.arrayContaining(['decline', 'decline-since-first']));
    expect(after.latest['ucla-3'].norm).toEqual(jasmine.objectContaining({ sdSource: 'clinic', threshold: 2, clinicClients: 30 }));
    expect(after.latest['ucla-3'].norm.sd).toBeCloseTo(1.017095, 5);
    // The caseload filters on the stored flag, so it must have been rewritten too.
    const declining = (await browser.request('GET', '/api/v1/clients?flag=decline')).json().items.map((row: { id: string }) => row.id);
    expect(declining).toEqual([watched]);
  });

  it('reads each client’s first measure in SQL as the domain picks it: earliest date, then lowest id', async () => {
    // 32 clients: first measures low or high, later ones at the scale's top; a third of them with
    // two measures on their first date (the domain keeps the lower id), some measured out of order.
    for (let index = 0; index < 32; index++) {
      const client = await addClient(t, therapistId);
      await measure(client, [3, 3, 3], '2026-11-20');
      await measure(client, index % 2 === 0 ? HIGH : LOW, `2026-10-${String(10 + (index % 9)).padStart(2, '0')}`);
      if (index % 3 === 0) {
        await measure(client, index % 2 === 0 ? LOW : HIGH, `2026-10-${String(10 + (index % 9)).padStart(2, '0')}`);
      }
    }
    const every = await t.database.db.selectFrom('measures').select(['client_id', 'instrument', 'administered_on', 'id', 'total', 'subscales']).execute();
    const bruteForce = clinicNorms(
      firstScoresOf(
        every.map((row) => ({
          clientId: row.client_id,
          instrument: row.instrument as InstrumentCode,
          administeredOn: row.administered_on,
          id: row.id,
          total: Number(row.total),
          subscales: JSON.parse(row.subscales) as Record<string, number>,
        })),
      ),
    );
    const fromSql = await loadClinicNorms(t.database.db);
    expect(fromSql).toEqual(bruteForce);
    expect(fromSql.totals['ucla-3']).toEqual(jasmine.objectContaining({ sdSource: 'clinic', clinicClients: 32 }));
  });

  it('recomputes stored flags at start-up when they were computed with other thresholds', async () => {
    const client = await addClient(t, therapistId);
    await measure(client, LOW, '2026-10-01');
    await measure(client, [3, 3, 3], '2026-11-01');
    // As left by the migration: an old fixed-threshold flag set, and no norms recorded.
    await t.database.db.updateTable('client_measure_status').set({ decline_since_first: 0 }).execute();
    await t.database.db.deleteFrom('measure_change_norms').execute();
    expect(await recomputeFlagsIfNormsMoved(t.database.db)).toBeTrue();
    expect((await indicatorsOf(client)).flags).toContain('decline-since-first');
    expect(await recomputeFlagsIfNormsMoved(t.database.db)).toBeFalse();
  });

  it('reads back the recorded norms as the domain computed them, and records new figures with every first measure', async () => {
    for (let index = 0; index < 30; index++) {
      await measure(await addClient(t, therapistId), index % 2 === 0 ? HIGH : LOW, '2026-10-15');
    }
    // What readers such as the team dashboard use instead of a pass over every measure.
    expect(await loadRecordedNorms(t.database.db)).toEqual(await loadClinicNorms(t.database.db));
    const fingerprint = await normsFingerprint(t.database.db);

    // A 31st client's first measure at the mean: the SD moves a little, the threshold (2) does not.
    await measure(await addClient(t, therapistId), [2, 1, 1], '2026-10-15');
    const recorded = await loadRecordedNorms(t.database.db);
    expect(recorded?.totals['ucla-3']).toEqual(jasmine.objectContaining({ sdSource: 'clinic', clinicClients: 31, threshold: 2 }));
    expect(recorded).toEqual(await loadClinicNorms(t.database.db));
    expect(await normsFingerprint(t.database.db)).not.toBe(fingerprint);
  });

  it('records norms over rows already there, and has none to read until every scale is recorded', async () => {
    await t.database.db.deleteFrom('measure_change_norms').execute();
    expect(await loadRecordedNorms(t.database.db)).toBeNull();
    await saveNorms(t.database.db, PUBLISHED_CLINIC_NORMS);
    await saveNorms(t.database.db, PUBLISHED_CLINIC_NORMS);
    expect(await loadRecordedNorms(t.database.db)).toEqual(PUBLISHED_CLINIC_NORMS);
    await t.database.db.deleteFrom('measure_change_norms').where('scale', '=', 'total').where('instrument', '=', 'mspss').execute();
    expect(await loadRecordedNorms(t.database.db)).toBeNull();
  });
});
