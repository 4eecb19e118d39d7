import { v7 as uuidv7 } from 'uuid';
import { addUser, Browser, createTestApp, type TestApp, type TestUser } from '../spec/helpers/test-app';
import { addClient } from '../spec/helpers/test-clients';
import { memberBody } from '../spec/helpers/test-network';
import { sha256 } from '../sign-in-sessions/session-tokens';
import { MSPSS_ANSWERS, sendMspss, tokenOf } from '../spec/helpers/test-self-report';
import { TestSmtp } from '../spec/helpers/test-smtp';

describe('self-report routes for clinicians', () => {
  let t: TestApp;
  let therapist: TestUser;
  let browser: Browser;
  let clientId: string;
  let base: string;

  beforeEach(async () => {
    t = await createTestApp();
    therapist = await addUser(t, 'therapist');
    clientId = await addClient(t, therapist.id);
    base = `/api/v1/clients/${clientId}/self-report-requests`;
    browser = new Browser(t.app);
    await browser.signIn(therapist.email);
  });

  afterEach(async () => {
    await t.close();
  });

  const countRequests = async () => Number((await t.database.db.selectFrom('self_report_requests').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const submit = (token: string, payload: unknown) => t.app.inject({ method: 'POST', url: `/api/public/self-report/${token}`, payload: payload as object });

  describe('sending', () => {
    it('defaults to 7 days and refuses bad settings naming the field, storing nothing', async () => {
      const sent = await sendMspss(browser, clientId);
      expect(sent.response.json().request).toEqual(jasmine.objectContaining({ expiresAt: '2026-12-02T09:00:00.000Z', repeatEveryWeeks: null, kind: 'measures' }));
      const cases: [Record<string, unknown>, string][] = [
        [{ instruments: [] }, 'instruments'],
        [{ instruments: ['phq-9'] }, 'instruments.0'],
        [{ instruments: ['mspss', 'mspss'] }, 'instruments'],
        [{ instruments: ['mspss'], expiresInDays: 31 }, 'expiresInDays'],
        [{ instruments: ['mspss'], repeatEveryWeeks: 0 }, 'repeatEveryWeeks'],
        [{ instruments: ['mspss'], emailTo: 'not-an-address' }, 'emailTo'],
      ];
      for (const [body, field] of cases) {
        const response = await browser.request('POST', base, body);
        expect(response.statusCode).withContext(field).toBe(400);
        expect(response.json().errors[0].field).toBe(field);
      }
      expect(await countRequests()).toBe(1);
    });

    it('refuses an email address when no SMTP server is configured, naming emailTo', async () => {
      const response = await browser.request('POST', base, { instruments: ['mspss'], emailTo: 'sam@example.org' });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([{ field: 'emailTo', message: jasmine.stringContaining('SMTP_URL') }]);
      expect(await countRequests()).toBe(0);
    });

    it('emails the link and the clinic name only when SMTP_URL is configured', async () => {
      const smtp = new TestSmtp();
      try {
        await t.close();
        t = await createTestApp({ smtpUrl: await smtp.start(), clinicName: 'Harbour Family Clinic' });
        therapist = await addUser(t, 'therapist');
        clientId = await addClient(t, therapist.id, { preferred_name: 'Sam', legal_name: 'Samantha Example', case_number: 'CASE-EMAIL-1' });
        browser = new Browser(t.app);
        // The session tells the SPA that email is on offer here.
        expect((await browser.signIn(therapist.email)).json().clinic).toEqual({ selfReportEmail: true });
        const response = await browser.request('POST', `/api/v1/clients/${clientId}/self-report-requests`, { instruments: ['mspss'], emailTo: 'sam@example.org' });
        expect(response.statusCode).toBe(201);
        expect(response.json().request.emailed).toBeTrue();
        expect(smtp.messages.length).toBe(1);
        // Quoted-printable: undo soft line breaks and escapes before reading the text.
        const message = smtp.messages[0].replace(/=\n/g, '').replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
        expect(message).toContain(response.json().link);
        expect(message).toContain('Harbour Family Clinic');
        for (const secret of ['Sam', 'Samantha', 'CASE-EMAIL-1', 'MSPSS', 'mspss', 'Perceived']) {
          expect(message.split(/\n\n/).slice(1).join('\n')).withContext(secret).not.toContain(secret);
        }
      } finally {
        await smtp.stop();
      }
    });

    it('stores nothing when the configured SMTP server cannot take the email', async () => {
      await t.close();
      t = await createTestApp({ smtpUrl: 'smtp://127.0.0.1:9' });
      therapist = await addUser(t, 'therapist');
      clientId = await addClient(t, therapist.id);
      browser = new Browser(t.app);
      await browser.signIn(therapist.email);
      const response = await browser.request('POST', `/api/v1/clients/${clientId}/self-report-requests`, { instruments: ['mspss'], emailTo: 'sam@example.org' });
      expect(response.statusCode).toBe(502);
      expect(response.body).not.toContain('sam@example.org');
      expect(await countRequests()).toBe(0);
    });
  });

  describe('withdrawing and sending again', () => {
    it('withdraws at the version seen; a stale version answers 409 with the current request', async () => {
      const sent = await sendMspss(browser, clientId);
      const withdrawn = await browser.request('POST', `${base}/${sent.id}/withdraw`, { version: sent.version });
      expect(withdrawn.statusCode).toBe(200);
      expect(withdrawn.json()).toEqual(jasmine.objectContaining({ state: 'withdrawn', version: 2 }));
      const stale = await browser.request('POST', `${base}/${sent.id}/withdraw`, { version: 1 });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().current.state).toBe('withdrawn');
      const again = await browser.request('POST', `${base}/${sent.id}/withdraw`, { version: 2 });
      expect(again.statusCode).toBe(409);
      expect((await browser.request('POST', `${base}/${sent.id}/withdraw`, {})).json().errors[0].field).toBe('version');
    });

    it('sends again with the same settings: the old link stops working, the new one works', async () => {
      const sent = await sendMspss(browser, clientId, { expiresInDays: 3, repeatEveryWeeks: 4 });
      const resent = await browser.request('POST', `${base}/${sent.id}/resend`, { version: sent.version });
      expect(resent.statusCode).toBe(201);
      const fresh = resent.json();
      expect(fresh.request).toEqual(jasmine.objectContaining({ instruments: ['mspss'], repeatEveryWeeks: 4, expiresAt: '2026-11-28T09:00:00.000Z', state: 'waiting' }));
      expect((await submit(sent.token, { answers: { mspss: MSPSS_ANSWERS } })).statusCode).toBe(410);
      expect((await submit(tokenOf(fresh.link), { answers: { mspss: MSPSS_ANSWERS } })).statusCode).toBe(201);
      const states = (await browser.request('GET', base)).json().items.map((item: { state: string }) => item.state);
      // The answered one of the repeating series schedules its next (no link yet).
      expect(states.sort()).toEqual(['answered', 'scheduled', 'withdrawn']);
    });
  });

  it('marks the client on the caseload once a self-report arrives, until the therapist opens the Measures tab', async () => {
    const caseloadRow = async () => (await browser.request('GET', '/api/v1/clients')).json().items.find((item: { id: string }) => item.id === clientId);
    const sent = await sendMspss(browser, clientId);
    expect((await caseloadRow()).indicators.newSelfReport).withContext('sent, not answered').toBeFalse();
    await submit(sent.token, { answers: { mspss: MSPSS_ANSWERS } });
    expect((await caseloadRow()).indicators.newSelfReport).withContext('answered').toBeTrue();
    expect((await caseloadRow()).indicators.measures.latest.mspss).toEqual(jasmine.objectContaining({ total: 4 }));
    expect((await browser.request('POST', `/api/v1/clients/${clientId}/self-report-seen`)).statusCode).toBe(204);
    expect((await caseloadRow()).indicators.newSelfReport).withContext('seen').toBeFalse();
  });

  describe('repeats', () => {
    const itemsNow = async () => (await browser.request('GET', base)).json().items as { id: string; state: string; version: number; dueAt: string | null; expiresAt: string }[];

    it('schedules the next request N weeks on when one is answered, with no link; it becomes due on its date; discharge withdraws it', async () => {
      const sent = await sendMspss(browser, clientId, { repeatEveryWeeks: 2 });
      expect((await submit(sent.token, { answers: { mspss: MSPSS_ANSWERS } })).statusCode).toBe(201);
      const items = await itemsNow();
      expect(items.length).toBe(2);
      const next = items.find((item) => item.id !== sent.id)!;
      expect(next).toEqual(jasmine.objectContaining({ state: 'scheduled', repeatEveryWeeks: 2, dueAt: '2026-12-09T09:00:00.000Z', linkIssuedAt: null, expiresInDays: 7 }));
      // No link was made for it: nothing the client could open holds its token.
      const row = await t.database.db.selectFrom('self_report_requests').selectAll().where('id', '=', next.id).executeTakeFirstOrThrow();
      expect(row.link_issued_at).toBeNull();
      t.clock.advanceSeconds(14 * 86_400);
      await browser.signIn(therapist.email);
      expect((await itemsNow()).find((item) => item.id === next.id)!.state).toBe('due');
      // A due repeat stays due (it does not expire unseen) until its link is created or it is stopped.
      t.clock.advanceSeconds(30 * 86_400);
      await browser.signIn(therapist.email);
      expect((await itemsNow()).find((item) => item.id === next.id)!.state).toBe('due');
      const client = (await browser.request('GET', `/api/v1/clients/${clientId}`)).json();
      const discharge = await browser.request('POST', `/api/v1/clients/${clientId}/status`, { status: 'discharged', dischargedOn: '2026-11-25', dischargeReason: 'Goals met', version: client.version });
      expect(discharge.statusCode).withContext(discharge.body).toBe(200);
      expect((await itemsNow()).find((item) => item.id === next.id)!.state).toBe('withdrawn');
      expect((await browser.request('POST', base, { instruments: ['mspss'] })).statusCode).toBe(409);
    });

    it('schedules the next request when a repeating one expired unanswered, once', async () => {
      await sendMspss(browser, clientId, { repeatEveryWeeks: 1, expiresInDays: 2 });
      t.clock.advanceSeconds(3 * 86_400);
      await browser.signIn(therapist.email);
      expect((await itemsNow()).map((item) => item.state).sort()).toEqual(['expired', 'scheduled']);
      // Read again: the expired one issues its successor only once.
      expect((await itemsNow()).length).toBe(2);
    });

    it('creates the link of a due repeat: refused before its date, stale → 409, then usable for its days from now, audited', async () => {
      const sent = await sendMspss(browser, clientId, { repeatEveryWeeks: 1, expiresInDays: 3 });
      await submit(sent.token, { answers: { mspss: MSPSS_ANSWERS } });
      const next = (await itemsNow()).find((item) => item.id !== sent.id)!;
      const early = await browser.request('POST', `${base}/${next.id}/link`, { version: next.version });
      expect(early.statusCode).withContext('before its date').toBe(409);
      expect(early.json().detail).toContain('2026-12-02');
      t.clock.advanceSeconds(8 * 86_400);
      await browser.signIn(therapist.email);
      expect((await browser.request('POST', `${base}/${next.id}/link`, { version: next.version + 1 })).statusCode).withContext('stale').toBe(409);
      const created = await browser.request('POST', `${base}/${next.id}/link`, { version: next.version });
      expect(created.statusCode).toBe(201);
      expect(created.json().request).toEqual(jasmine.objectContaining({ id: next.id, state: 'waiting', version: next.version + 1, linkIssuedAt: '2026-12-03T09:00:00.000Z', expiresAt: '2026-12-06T09:00:00.000Z' }));
      const token = tokenOf(created.json().link);
      expect((await t.app.inject({ method: 'GET', url: `/api/public/self-report/${token}` })).statusCode).toBe(200);
      const audit = await t.database.db.selectFrom('audit_events').selectAll().where('action', '=', 'issue-link').executeTakeFirstOrThrow();
      expect(audit).toEqual(jasmine.objectContaining({ user_id: therapist.id, record_id: next.id, record_type: 'self-report-request', outcome: 'success' }));
      // The same version again is stale: one click, one link.
      expect((await browser.request('POST', `${base}/${next.id}/link`, { version: next.version })).statusCode).toBe(409);
      expect((await submit(token, { answers: { mspss: MSPSS_ANSWERS } })).statusCode).toBe(201);
      // Answered: no new link for it.
      expect((await browser.request('POST', `${base}/${next.id}/link`, { version: next.version + 2 })).statusCode).toBe(409);
    });

    it('refuses a link that reaches a repeat before its link was created, even with its stored hash known', async () => {
      const sent = await sendMspss(browser, clientId, { repeatEveryWeeks: 1 });
      await submit(sent.token, { answers: { mspss: MSPSS_ANSWERS } });
      const next = (await itemsNow()).find((item) => item.id !== sent.id)!;
      // Pretend someone held a token for it: the public routes still refuse a request with no issued link.
      const known = 'B'.repeat(43);
      await t.database.db.updateTable('self_report_requests').set({ token_hash: sha256(known) }).where('id', '=', next.id).execute();
      t.clock.advanceSeconds(8 * 86_400);
      expect((await t.app.inject({ method: 'GET', url: `/api/public/self-report/${known}` })).statusCode).toBe(410);
      expect((await submit(known, { answers: { mspss: MSPSS_ANSWERS } })).statusCode).toBe(410);
    });

    it('gives a waiting request whose link was lost a new link: the old one stops working at once', async () => {
      const sent = await sendMspss(browser, clientId, { expiresInDays: 2 });
      t.clock.advanceSeconds(86_400);
      await browser.signIn(therapist.email);
      const created = await browser.request('POST', `${base}/${sent.id}/link`, { version: sent.version });
      expect(created.statusCode).toBe(201);
      // Valid for its 2 days again, from now.
      expect(created.json().request).toEqual(jasmine.objectContaining({ state: 'waiting', expiresAt: '2026-11-28T09:00:00.000Z' }));
      expect((await submit(sent.token, { answers: { mspss: MSPSS_ANSWERS } })).statusCode).toBe(410);
      expect((await submit(tokenOf(created.json().link), { answers: { mspss: MSPSS_ANSWERS } })).statusCode).toBe(201);
      expect(await countRequests()).toBe(1);
    });

    it('refuses to email a new link without SMTP, or for a series that was not emailed, naming the field', async () => {
      const sent = await sendMspss(browser, clientId);
      const response = await browser.request('POST', `${base}/${sent.id}/link`, { version: sent.version, email: true });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([{ field: 'email', message: jasmine.stringContaining('SMTP_URL') }]);
      expect((await itemsNow())[0].version).toBe(sent.version);
    });

    it('emails the due repeat of a series sent by email to the same address, which the list never shows', async () => {
      const smtp = new TestSmtp();
      try {
        await t.close();
        t = await createTestApp({ smtpUrl: await smtp.start() });
        therapist = await addUser(t, 'therapist');
        clientId = await addClient(t, therapist.id);
        base = `/api/v1/clients/${clientId}/self-report-requests`;
        browser = new Browser(t.app);
        await browser.signIn(therapist.email);
        const sent = await sendMspss(browser, clientId, { repeatEveryWeeks: 1, emailTo: 'sam@example.org' });
        const plain = await sendMspss(browser, clientId);
        expect((await browser.request('POST', `${base}/${plain.id}/link`, { version: plain.version, email: true })).json().errors[0].field).toBe('email');
        await submit(sent.token, { answers: { mspss: MSPSS_ANSWERS } });
        t.clock.advanceSeconds(7 * 86_400);
        await browser.signIn(therapist.email);
        const list = await browser.request('GET', base);
        expect(list.body).not.toContain('sam@example.org');
        const next = (list.json().items as { id: string; state: string; version: number; emailOnFile: boolean }[]).find((item) => item.state === 'due')!;
        expect(next.emailOnFile).toBeTrue();
        const created = await browser.request('POST', `${base}/${next.id}/link`, { version: next.version, email: true });
        expect(created.statusCode).toBe(201);
        expect(created.json().request.emailed).toBeTrue();
        expect(created.body).not.toContain('sam@example.org');
        expect(smtp.messages.length).toBe(2);
        const message = smtp.messages[1].replace(/=\n/g, '').replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
        expect(message).toContain('sam@example.org');
        expect(message).toContain(created.json().link);
        expect(await t.database.db.selectFrom('audit_events').select('record_id').where('action', '=', 'email-link').execute()).toEqual([{ record_id: next.id }]);
      } finally {
        await smtp.stop();
      }
    });
  });

  describe('access', () => {
    it('lets the supervisor read but not send, withdraw or mark seen; another therapist gets 404', async () => {
      const sent = await sendMspss(browser, clientId);
      const supervisor = await addUser(t, 'supervisor');
      await t.database.db.updateTable('users').set({ supervisor_id: supervisor.id }).where('id', '=', therapist.id).execute();
      const supervisorBrowser = new Browser(t.app);
      await supervisorBrowser.signIn(supervisor.email);
      expect((await supervisorBrowser.request('GET', base)).statusCode).toBe(200);
      expect((await supervisorBrowser.request('POST', base, { instruments: ['mspss'] })).statusCode).toBe(403);
      expect((await supervisorBrowser.request('POST', `${base}/${sent.id}/withdraw`, { version: 1 })).statusCode).toBe(403);
      expect((await supervisorBrowser.request('POST', `${base}/${sent.id}/resend`, { version: 1 })).statusCode).toBe(403);
      expect((await supervisorBrowser.request('POST', `${base}/${sent.id}/link`, { version: 1 })).statusCode).toBe(403);
      expect((await supervisorBrowser.request('POST', `/api/v1/clients/${clientId}/self-report-seen`)).statusCode).toBe(403);
      const other = new Browser(t.app);
      await other.signIn((await addUser(t, 'therapist')).email);
      expect((await other.request('GET', base)).statusCode).toBe(404);
      expect((await other.request('POST', base, { instruments: ['mspss'] })).statusCode).toBe(404);
      expect((await other.request('POST', `${base}/${sent.id}/withdraw`, { version: 1 })).statusCode).toBe(404);
      expect((await other.request('POST', `${base}/${sent.id}/link`, { version: 1 })).statusCode).toBe(404);
      expect((await other.request('POST', `${base}/${sent.id}/link`, { version: 1, email: true })).statusCode).toBe(404);
      expect((await other.request('GET', `/api/v1/clients/${clientId}/session-feedback-trend`)).statusCode).toBe(404);
      // A request of one client is not reachable under another client of the same therapist.
      const otherClient = await addClient(t, therapist.id);
      expect((await browser.request('POST', `/api/v1/clients/${otherClient}/self-report-requests/${sent.id}/withdraw`, { version: 1 })).statusCode).toBe(404);
      expect(await countRequests()).toBe(1);
    });
  });

  describe('family feedback after a session', () => {
    let consenting: string;
    let expiredConsent: string;
    let noConsent: string;
    let sessionId: string;

    const addMember = async (overrides: Record<string, unknown>) => (await browser.request('POST', `/api/v1/clients/${clientId}/network`, memberBody(overrides))).json().id as string;

    const addSession = async (status: string, memberIds: string[]) => {
      const id = uuidv7();
      const now = t.clock.now().toISOString();
      await t.database.db
        .insertInto('family_sessions')
        .values({
          id, client_id: clientId, therapist_id: therapist.id, type: 'family-session', modality: 'in-person',
          starts_at: '2026-11-24T14:00:00.000Z', ends_at: '2026-11-24T15:00:00.000Z', duration_minutes: 60, location: '', status,
          attendees: JSON.stringify(memberIds.map((memberId) => ({ kind: 'member', id: memberId, name: 'x', attendance: 'attended' }))),
          goals: '', summary: '', interventions: '', dynamics_observations: '', outcomes: '', risk_concerns: '', follow_ups: '[]', amended: 0,
          version: 1, created_at: now, created_by: therapist.id, updated_at: now, updated_by: therapist.id,
        })
        .execute();
      return id;
    };

    beforeEach(async () => {
      consenting = await addMember({ name: 'Jo Consenting' });
      expiredConsent = await addMember({ name: 'Lee Expired', consent: { status: 'granted', scope: 'All', givenOn: '2025-01-01', expiresOn: '2026-01-01' } });
      noConsent = await addMember({ name: 'Kim Declined', consent: { status: 'declined', scope: '', givenOn: null, expiresOn: null } });
      sessionId = await addSession('completed', [consenting, expiredConsent, noConsent]);
    });

    const feedbackUrl = () => `/api/v1/clients/${clientId}/sessions/${sessionId}/feedback-requests`;

    it('counts sent, answered and expired links and the feedback average per therapist on the team dashboard', async () => {
      const supervisor = await addUser(t, 'supervisor');
      await t.database.db.updateTable('users').set({ supervisor_id: supervisor.id }).where('id', '=', therapist.id).execute();
      const answered = await sendMspss(browser, clientId);
      await submit(answered.token, { answers: { mspss: MSPSS_ANSWERS } });
      const [feedbackLink] = (await browser.request('POST', feedbackUrl(), { memberIds: [consenting] })).json().sent;
      await submit(tokenOf(feedbackLink.link), { listened: 5, understoodNextSteps: 4, useful: 3 });
      const withdrawn = await sendMspss(browser, clientId);
      await browser.request('POST', `${base}/${withdrawn.id}/withdraw`, { version: withdrawn.version });
      await sendMspss(browser, clientId, { expiresInDays: 1 });
      t.clock.advanceSeconds(2 * 86_400);
      const supervisorBrowser = new Browser(t.app);
      await supervisorBrowser.signIn(supervisor.email);
      const dashboard = (await supervisorBrowser.request('GET', '/api/v1/team/dashboard?from=2026-11-01&to=2026-11-30')).json();
      expect(dashboard.selfReports).toEqual([{ therapistId: therapist.id, sent: 4, answered: 2, expired: 1, feedbackAverage: 4 }]);
      const before = (await supervisorBrowser.request('GET', '/api/v1/team/dashboard?from=2026-10-01&to=2026-10-31')).json();
      expect(before.selfReports).toEqual([{ therapistId: therapist.id, sent: 0, answered: 0, expired: 0, feedbackAverage: null }]);
    });

    it('refuses attendees without granted, current consent with 422 naming each, sending nothing', async () => {
      const response = await browser.request('POST', feedbackUrl(), { memberIds: [consenting, expiredConsent, noConsent] });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors).toEqual([
        { field: 'memberIds.1', message: 'Lee Expired has no granted, current consent' },
        { field: 'memberIds.2', message: 'Kim Declined has no granted, current consent' },
      ]);
      expect(await countRequests()).toBe(0);
    });

    it('refuses a session not completed, and someone who was not at it', async () => {
      const planned = await addSession('planned', [consenting]);
      expect((await browser.request('POST', `/api/v1/clients/${clientId}/sessions/${planned}/feedback-requests`, { memberIds: [consenting] })).statusCode).toBe(409);
      const absentee = await addMember({ name: 'Not There' });
      const response = await browser.request('POST', feedbackUrl(), { memberIds: [absentee] });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].field).toBe('memberIds.0');
      expect(await countRequests()).toBe(0);
    });

    it('gives a lost feedback link a new one only while the attendee’s consent is still granted and current', async () => {
      const [sent] = (await browser.request('POST', feedbackUrl(), { memberIds: [consenting] })).json().sent;
      const created = await browser.request('POST', `${base}/${sent.request.id}/link`, { version: sent.request.version });
      expect(created.statusCode).toBe(201);
      expect((await t.app.inject({ method: 'GET', url: `/api/public/self-report/${tokenOf(sent.link)}` })).statusCode).toBe(410);
      await t.database.db.updateTable('network_members').set({ consent_status: 'declined' }).where('id', '=', consenting).execute();
      const refused = await browser.request('POST', `${base}/${sent.request.id}/link`, { version: created.json().request.version });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().errors).toEqual([{ field: 'memberId', message: 'Jo Consenting has no granted, current consent' }]);
      // Nothing changed: the link made before the withdrawal is still the request's link.
      expect((await t.app.inject({ method: 'GET', url: `/api/public/self-report/${tokenOf(created.json().link)}` })).statusCode).toBe(200);
    });

    it('sends a link to a consenting attendee; the answer shows on the session and in the trend', async () => {
      const response = await browser.request('POST', feedbackUrl(), { memberIds: [consenting] });
      expect(response.statusCode).toBe(201);
      const [sent] = response.json().sent;
      expect(sent.memberId).toBe(consenting);
      expect(sent.request).toEqual(jasmine.objectContaining({ kind: 'session-feedback', sessionId, memberId: consenting, respondentLabel: 'Jo Consenting' }));
      const token = tokenOf(sent.link);
      const form = (await t.app.inject({ method: 'GET', url: `/api/public/self-report/${token}` })).json();
      expect(form).toEqual({ kind: 'session-feedback', clinicName: t.config.clinicName, firstName: null, sessionDate: '2026-11-24', questions: jasmine.any(Array) });
      expect(JSON.stringify(form)).not.toContain('Jo');
      const bad = await submit(token, { listened: 6, understoodNextSteps: 4, useful: 4 });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].field).toBe('listened');
      expect((await submit(token, { listened: 5, understoodNextSteps: 4, useful: 3, comment: 'Thank you' })).statusCode).toBe(201);
      const feedback = (await browser.request('GET', `/api/v1/clients/${clientId}/sessions/${sessionId}/feedback`)).json();
      expect(feedback.items).toEqual([jasmine.objectContaining({ memberId: consenting, memberName: 'Jo Consenting', listened: 5, understoodNextSteps: 4, useful: 3, comment: 'Thank you' })]);
      expect(feedback.requests[0].state).toBe('answered');
      const trend = (await browser.request('GET', `/api/v1/clients/${clientId}/session-feedback-trend`)).json();
      expect(trend.points).toEqual([{ sessionId, startsAt: '2026-11-24T14:00:00.000Z', listened: 5, understoodNextSteps: 4, useful: 3, answers: 1 }]);
    });
  });
});
