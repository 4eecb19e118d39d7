import type { Kysely } from 'kysely';
import * as dueRepeats from '../db/migrations/2026-12-07-0010-self-report-due-repeats';
import * as linkHitCounters from '../db/migrations/2026-12-07-0011-link-hit-counters';
import { addUser, Browser, createTestApp, type TestApp } from '../spec/helpers/test-app';
import { addClient } from '../spec/helpers/test-clients';
import { MSPSS_ANSWERS, sendMspss } from '../spec/helpers/test-self-report';

/**
 * Migration 2026-12-07-0010 on a clinic that already has requests: a repeat issued before it (whose
 * link nobody ever saw) becomes due, a resend keeps its link, and each keeps its days.
 */
describe('migration 2026-12-07-0010 (self-report due repeats)', () => {
  let t: TestApp;

  beforeEach(async () => {
    t = await createTestApp();
  });

  afterEach(async () => {
    await t.close();
  });

  it('turns unseen repeats into due ones and keeps every issued link, with its days', async () => {
    const therapist = await addUser(t, 'therapist');
    const clientId = await addClient(t, therapist.id);
    const browser = new Browser(t.app);
    await browser.signIn(therapist.email);
    const base = `/api/v1/clients/${clientId}/self-report-requests`;
    const first = await sendMspss(browser, clientId, { repeatEveryWeeks: 2, expiresInDays: 5 });
    const other = await sendMspss(browser, clientId, { expiresInDays: 3 });
    const resent = (await browser.request('POST', `${base}/${other.id}/resend`, { version: other.version })).json().request.id as string;
    await t.app.inject({ method: 'POST', url: `/api/public/self-report/${first.token}`, payload: { answers: { mspss: MSPSS_ANSWERS } } });
    const repeat = (await t.database.db.selectFrom('self_report_requests').select('id').where('previous_request_id', '=', first.id).executeTakeFirstOrThrow()).id;

    // Back to the schema before: the repeat as the old code issued it (a link, made two weeks on).
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const db = t.database.db as unknown as Kysely<any>;
    await linkHitCounters.down(db);
    await dueRepeats.down(db);
    await db.updateTable('self_report_requests').set({ created_at: '2026-12-09T09:00:00.000Z', expires_at: '2026-12-14T09:00:00.000Z' }).where('id', '=', repeat).execute();
    await dueRepeats.up(db);
    await linkHitCounters.up(db);

    const rows = await t.database.db.selectFrom('self_report_requests').select(['id', 'due_at', 'link_issued_at', 'expires_in_days']).execute();
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(first.id)).toEqual(jasmine.objectContaining({ due_at: null, link_issued_at: '2026-11-25T09:00:00.000Z', expires_in_days: 5 }));
    expect(byId.get(other.id)).toEqual(jasmine.objectContaining({ due_at: null, expires_in_days: 3 }));
    expect(byId.get(resent)).withContext('a resend showed its link').toEqual(jasmine.objectContaining({ due_at: null, link_issued_at: '2026-11-25T09:00:00.000Z', expires_in_days: 3 }));
    expect(byId.get(repeat)).withContext('a repeat nobody saw').toEqual(jasmine.objectContaining({ due_at: '2026-12-09T09:00:00.000Z', link_issued_at: null, expires_in_days: 5 }));
    const states = new Map(((await browser.request('GET', base)).json().items as { id: string; state: string }[]).map((item) => [item.id, item.state]));
    expect(states.get(repeat)).toBe('scheduled');
  });
});
