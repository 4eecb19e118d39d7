import { sql } from 'kysely';
import { addUser, Browser, createTestApp, type TestApp, type TestUser } from '../spec/helpers/test-app';
import { addClient, clientBody } from '../spec/helpers/test-clients';
import { memberBody } from '../spec/helpers/test-network';

describe('client routes', () => {
  let t: TestApp;
  let therapist: TestUser;
  let browser: Browser;

  beforeEach(async () => {
    t = await createTestApp();
    const supervisor = await addUser(t, 'supervisor');
    therapist = await addUser(t, 'therapist', { supervisorId: supervisor.id });
    browser = new Browser(t.app);
    await browser.signIn(therapist.email);
  });

  afterEach(async () => {
    await t.close();
  });

  const countClients = async () =>
    Number((await t.database.db.selectFrom('clients').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  describe('create', () => {
    it('stores a valid client assigned to the therapist, version 1, audited', async () => {
      const response = await browser.request('POST', '/api/v1/clients', clientBody({ caseNumber: 'CC-42' }));
      expect(response.statusCode).toBe(201);
      const client = response.json();
      expect(client).toEqual(
        jasmine.objectContaining({ caseNumber: 'CC-42', therapistId: therapist.id, status: 'active', version: 1, primaryConcerns: ['anxiety', 'grief'] }),
      );
      const audit = await t.database.db.selectFrom('audit_events').selectAll().where('record_id', '=', client.id).execute();
      expect(audit.map((event) => event.action)).toEqual(['create']);
    });

    const badInputs: [string, Record<string, unknown>, string][] = [
      ['a missing preferred name', { preferredName: undefined }, 'preferredName'],
      ['a blank legal name', { legalName: '   ' }, 'legalName'],
      ['a date of birth in the future', { dateOfBirth: '2999-01-01' }, 'dateOfBirth'],
      ['a date of birth before 1900', { dateOfBirth: '1899-12-31' }, 'dateOfBirth'],
      ['an impossible date', { dateOfBirth: '1990-02-30' }, 'dateOfBirth'],
      ['an unknown concern code', { primaryConcerns: ['sadness'] }, 'primaryConcerns.0'],
      ['no concern at all', { primaryConcerns: [] }, 'primaryConcerns'],
      ['a name over the length limit', { preferredName: 'x'.repeat(121) }, 'preferredName'],
      ['an unknown consent code', { familyConsent: 'maybe' }, 'familyConsent'],
      ['treatment before birth', { dateOfBirth: '2000-01-01', treatmentStart: '1999-01-01' }, 'treatmentStart'],
      ['an unexpected field', { therapistId: '00000000-0000-4000-8000-000000000000' }, 'therapistId'],
    ];
    for (const [what, overrides, field] of badInputs) {
      it(`refuses ${what} with 400 naming ${field}, storing nothing`, async () => {
        const response = await browser.request('POST', '/api/v1/clients', clientBody(overrides));
        expect(response.statusCode).toBe(400);
        expect(response.json().errors.map((error: { field: string }) => error.field)).toContain(field);
        expect(await countClients()).toBe(0);
      });
    }

    it('refuses a duplicate case number (any letter case) with 409 naming the field', async () => {
      await browser.request('POST', '/api/v1/clients', clientBody({ caseNumber: 'AB-1' }));
      const response = await browser.request('POST', '/api/v1/clients', clientBody({ caseNumber: 'ab-1' }));
      expect(response.statusCode).toBe(409);
      expect(response.json().errors).toEqual([{ field: 'caseNumber', message: 'Another client already has this case number.' }]);
      expect(await countClients()).toBe(1);
    });
  });

  it('adds indicator columns to caseload rows: network size and gaps, next session, consent and session flags', async () => {
    const clientId = await addClient(t, therapist.id, { treatment_start: '2026-01-05', family_consent: 'granted' });
    await browser.request('POST', `/api/v1/clients/${clientId}/network`, {
      name: 'Brother',
      relationship: 'sibling',
      supportTypes: ['emotional'],
      tieStrength: 'strong',
      tieQuality: 'supportive',
      contactFrequency: 'weekly',
      consent: { status: 'granted', scope: '', givenOn: '2026-01-10', expiresOn: '2026-12-10' },
      activeFrom: '2026-01-05',
    });
    await browser.request('POST', `/api/v1/clients/${clientId}/sessions`, {
      type: 'family-session',
      modality: 'video',
      startsAt: '2026-12-02T10:00:00Z',
      durationMinutes: 60,
    });
    const row = (await browser.request('GET', '/api/v1/clients')).json().items.find((item: { id: string }) => item.id === clientId);
    expect(row.indicators).toEqual({
      network: { activeMembers: 1, supportGaps: ['informational', 'instrumental', 'companionship'], consentsExpiringSoon: 1, consentsExpired: 0 },
      nextSessionAt: '2026-12-02T10:00:00.000Z',
      lastFamilySessionAt: null,
      // Treatment began in January, consent is granted, and no family session was ever completed.
      noRecentFamilySession: true,
      // Never measured since January: reassessment is overdue.
      measures: { latest: {}, lastMeasuredOn: null, flags: ['reassessment-overdue'] },
      newSelfReport: false,
      referralFollowUpDue: false,
      considerReferral: false,
    });
  });

  it('keeps the date-dependent columns right as days pass and pages change length (their query is compiled once a day)', async () => {
    const clientId = await addClient(t, therapist.id);
    const consent = { status: 'granted', scope: '', givenOn: '2026-01-10', expiresOn: '2026-11-26' };
    expect((await browser.request('POST', `/api/v1/clients/${clientId}/network`, memberBody({ consent }))).statusCode).toBe(201);
    const session = { type: 'family-session', modality: 'video', startsAt: '2026-11-26T10:00:00Z', durationMinutes: 60 };
    expect((await browser.request('POST', `/api/v1/clients/${clientId}/sessions`, session)).statusCode).toBe(201);
    for (let n = 0; n < 30; n++) {
      await addClient(t, therapist.id, { case_number: `CC-PAGE-${n}` });
    }
    const pageOf = async (query: string) => (await browser.request('GET', `/api/v1/clients?status=all&${query}`)).json().items as { id: string; indicators: unknown }[];
    const indicatorsOf = async () => {
      const rows = [...(await pageOf('pageSize=25&page=1')), ...(await pageOf('pageSize=25&page=2'))];
      // 25 rows and 6 (padded to 25 slots), then 31 in one page of 40 (50 slots): every row has its details.
      expect(rows.length).toBe(31);
      expect(rows.every((row) => row.indicators !== null)).toBeTrue();
      expect(await pageOf('pageSize=40')).toEqual(rows);
      return rows.find((row) => row.id === clientId)!.indicators as { network: unknown; nextSessionAt: string | null };
    };

    const today = await indicatorsOf();
    expect(today.network).toEqual(jasmine.objectContaining({ consentsExpiringSoon: 1, consentsExpired: 0 }));
    expect(today.nextSessionAt).toBe('2026-11-26T10:00:00.000Z');

    // Two days on: the consent has expired and the planned session lies in the past.
    t.clock.advanceSeconds(2 * 86_400);
    await browser.signIn(therapist.email);
    const later = await indicatorsOf();
    expect(later.network).toEqual(jasmine.objectContaining({ consentsExpiringSoon: 0, consentsExpired: 1 }));
    expect(later.nextSessionAt).toBeNull();
  });

  describe('measure flags on the caseload', () => {
    let isolated: string;
    let lonely: string;
    let fine: string;
    const measure = (clientId: string, instrument: string, answers: number[]) =>
      browser.request('POST', `/api/v1/clients/${clientId}/measures`, { instrument, administeredOn: '2026-11-20', completedBy: 'self-report', answers });
    const caseload = async (query: string) =>
      (await browser.request('GET', `/api/v1/clients?${query}`)).json().items.map((row: { caseNumber: string }) => row.caseNumber);

    beforeEach(async () => {
      isolated = await addClient(t, therapist.id, { case_number: 'F-ISOLATED' });
      lonely = await addClient(t, therapist.id, { case_number: 'F-LONELY' });
      fine = await addClient(t, therapist.id, { case_number: 'F-FINE' });
      await addClient(t, therapist.id, { case_number: 'F-NEVER' });
      await measure(isolated, 'lsns-6', [1, 1, 1, 1, 1, 1]);
      await measure(isolated, 'ucla-3', [3, 3, 3]);
      await measure(lonely, 'ucla-3', [2, 2, 2]);
      await measure(fine, 'ucla-3', [1, 1, 1]);
    });

    it('filters by each flag as of today', async () => {
      expect(await caseload('flag=isolation-risk')).toEqual(['F-ISOLATED']);
      expect((await caseload('flag=loneliness&sort=caseNumber')).sort()).toEqual(['F-ISOLATED', 'F-LONELY']);
      expect(await caseload('flag=reassessment-overdue')).toEqual(['F-NEVER']);
      expect(await caseload('flag=decline')).toEqual([]);
    });

    it('sorts by flag severity, most severe first, and shows latest scores with flags', async () => {
      expect(await caseload('sort=flags&direction=desc')).toEqual(['F-ISOLATED', 'F-LONELY', 'F-NEVER', 'F-FINE']);
      const rows = (await browser.request('GET', '/api/v1/clients?sort=flags&direction=desc')).json().items;
      expect(rows[0].indicators.measures.flags).toEqual(['isolation-risk', 'loneliness']);
      expect(rows[0].indicators.measures.latest['lsns-6']).toEqual(jasmine.objectContaining({ total: 6, band: 'isolation-risk', trend: null }));
    });

    it('refuses an unknown flag code naming the field', async () => {
      const response = await browser.request('GET', '/api/v1/clients?flag=sad');
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].field).toBe('querystring.flag');
    });
  });

  describe('searching with the term in the body', () => {
    beforeEach(async () => {
      await addClient(t, therapist.id, { preferred_name: 'Samantha', case_number: 'SR-1', status: 'on-hold' });
      await addClient(t, therapist.id, { preferred_name: 'Sam', case_number: 'SR-2' });
      await addClient(t, therapist.id, { preferred_name: 'Robin', legal_name: 'Robin Example', case_number: 'SR-3' });
    });

    const listReads = async () =>
      Number(
        (await t.database.db.selectFrom('audit_events').select((eb) => eb.fn.countAll().as('n')).where('record_type', '=', 'client-list').executeTakeFirstOrThrow()).n,
      );

    it('answers POST /clients/search as GET /clients answers the same query, audited as one list read', async () => {
      const query = { page: 1, pageSize: 10, sort: 'caseNumber', direction: 'desc', status: 'all', concern: 'all' } as const;
      const listed = await browser.request('GET', `/api/v1/clients?${new URLSearchParams({ ...query, page: '1', pageSize: '10' })}`);
      const searched = await browser.request('POST', '/api/v1/clients/search', query);
      expect(searched.statusCode).toBe(200);
      expect(searched.json()).toEqual(listed.json());
      expect(searched.json().total).toBe(3);
      expect(await listReads()).toBe(2);
      const found = (await browser.request('POST', '/api/v1/clients/search', { ...query, search: '  SAM ' })).json();
      expect(found.items.map((c: { caseNumber: string }) => c.caseNumber)).toEqual(['SR-2', 'SR-1']);
      expect(found.total).toBe(2);
    });

    it('refuses a search term in the URL with 400 naming it, and audits no read of clients', async () => {
      const response = await browser.request('GET', '/api/v1/clients?search=Sam');
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([{ field: 'querystring.search', message: jasmine.stringMatching(/body of POST …\/search/) }]);
      expect(await listReads()).toBe(0);
    });

    it('validates the body with the caseload query schema', async () => {
      const response = await browser.request('POST', '/api/v1/clients/search', { sort: 'legalName', extra: 1 });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['extra', 'sort']);
    });
  });

  it('answers a non-UUID id with 400 naming the path parameter', async () => {
    const response = await browser.request('GET', '/api/v1/clients/42');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('params.id');
  });

  describe('edit and status', () => {
    let clientId: string;

    beforeEach(async () => {
      clientId = await addClient(t, therapist.id, { treatment_start: '2026-01-05' });
    });

    it('updates with the current version and records which fields changed', async () => {
      const response = await browser.request('PUT', `/api/v1/clients/${clientId}`, {
        ...clientBody({ caseNumber: 'CC-7', preferredName: 'Sammy', treatmentStart: '2026-01-05', dateOfBirth: '1990-04-12' }),
        version: 1,
      });
      expect(response.statusCode).toBe(200);
      expect(response.json().version).toBe(2);
      const history = (await browser.request('GET', `/api/v1/clients/${clientId}/history`)).json().items;
      expect(history[0].action).toBe('update');
      expect(history[0].fields).toContain('preferredName');
      expect(history[0].fields).not.toContain('dateOfBirth');
      expect(JSON.stringify(history)).not.toContain('Sammy');
    });

    it('discharges with date and reason, and re-opens', async () => {
      const discharged = await browser.request('POST', `/api/v1/clients/${clientId}/status`, {
        status: 'discharged',
        dischargedOn: '2026-06-30',
        dischargeReason: 'Goals met',
        version: 1,
      });
      expect(discharged.statusCode).toBe(200);
      expect(discharged.json()).toEqual(jasmine.objectContaining({ status: 'discharged', dischargedOn: '2026-06-30', version: 2 }));
      // Discharged clients leave the active caseload but stay findable.
      const active = (await browser.request('GET', '/api/v1/clients?status=active')).json();
      expect(active.total).toBe(0);
      const found = (await browser.request('POST', '/api/v1/clients/search', { search: 'samantha' })).json();
      expect(found.items.map((c: { id: string }) => c.id)).toEqual([clientId]);

      const reopened = await browser.request('POST', `/api/v1/clients/${clientId}/status`, { status: 'active', version: 2 });
      expect(reopened.json()).toEqual(jasmine.objectContaining({ status: 'active', dischargedOn: null, dischargeReason: null }));
    });

    it('refuses a discharge before the treatment start, or without date and reason', async () => {
      const early = await browser.request('POST', `/api/v1/clients/${clientId}/status`, {
        status: 'discharged',
        dischargedOn: '2025-12-31',
        dischargeReason: 'Moved away',
        version: 1,
      });
      expect(early.statusCode).toBe(400);
      expect(early.json().errors).toEqual([{ field: 'dischargedOn', message: 'Cannot be before the treatment start.' }]);
      const bare = await browser.request('POST', `/api/v1/clients/${clientId}/status`, { status: 'discharged', version: 1 });
      expect(bare.json().errors.map((e: { field: string }) => e.field)).toEqual(['dischargedOn', 'dischargeReason']);
      const stored = await t.database.db.selectFrom('clients').selectAll().where('id', '=', clientId).executeTakeFirstOrThrow();
      expect(stored.status).toBe('active');
      expect(stored.version).toBe(1);
    });

    it('lets exactly one of two concurrent edits from one version win; the other gets 409 with the current record', async () => {
      const secondTab = new Browser(t.app);
      await secondTab.signIn(therapist.email);
      const edit = (who: Browser, name: string) =>
        who.request('PUT', `/api/v1/clients/${clientId}`, {
          ...clientBody({ caseNumber: 'CC-RACE', preferredName: name, treatmentStart: '2026-01-05', dateOfBirth: '1990-04-12' }),
          version: 1,
        });
      const [first, second] = await Promise.all([edit(browser, 'Alpha'), edit(secondTab, 'Beta')]);
      const statuses = [first.statusCode, second.statusCode].sort();
      expect(statuses).toEqual([200, 409]);
      const winner = first.statusCode === 200 ? first.json() : second.json();
      const loser = first.statusCode === 409 ? first.json() : second.json();
      expect(loser.current).toEqual(winner);
      const stored = await t.database.db.selectFrom('clients').selectAll().where('id', '=', clientId).executeTakeFirstOrThrow();
      expect(stored.preferred_name).toBe(winner.preferredName);
      expect(stored.version).toBe(2);
    });

    it('answers a stale version with 409 and changes nothing', async () => {
      await browser.request('POST', `/api/v1/clients/${clientId}/status`, { status: 'on-hold', version: 1 });
      const stale = await browser.request('POST', `/api/v1/clients/${clientId}/status`, { status: 'active', version: 1 });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().current.status).toBe('on-hold');
      expect(stale.json().current.version).toBe(2);
    });
  });

  describe('data safety', () => {
    it('stores nothing of a client when a statement fails midway through its write', async () => {
      // The client row goes in first; the failing concerns insert must take it back out.
      await sql`create trigger break_concerns before insert on client_concerns begin select raise(abort, 'spec failure'); end`
        .execute(t.database.db)
        .catch(async () => {
          await sql`create function spec_fail() returns trigger as $$ begin raise exception 'spec failure'; end $$ language plpgsql`.execute(t.database.db);
          await sql`create trigger break_concerns before insert on client_concerns for each row execute function spec_fail()`.execute(t.database.db);
        });
      const response = await browser.request('POST', '/api/v1/clients', clientBody());
      expect(response.statusCode).toBe(500);
      expect(await countClients()).toBe(0);
      const audit = await t.database.db.selectFrom('audit_events').select('action').where('action', '=', 'create').execute();
      expect(audit).toEqual([]);
    });

    it('keeps audit events append-only in the database itself', async () => {
      await browser.request('GET', '/api/v1/clients');
      await expectAsync(sql`update audit_events set action = 'x'`.execute(t.database.db)).toBeRejected();
      await expectAsync(sql`delete from audit_events`.execute(t.database.db)).toBeRejected();
    });
  });
});
