import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { addUser, Browser, createTestApp, type TestApp, type TestUser } from '../spec/helpers/test-app';
import { addClient, clientBody } from '../spec/helpers/test-clients';

/** Planted values that must never reach the log, however they travel (query, path, body, DB error). */
const PLANTED = {
  clientName: 'Zebulon Quixmarch',
  legalName: 'Zebulon Arbuthnot Quixmarch',
  caseNumber: 'CASE-PLANT-7731',
  email: 'planted.person@secret-clinic.test',
  accountName: 'Persephone Vandersnoot',
};

/**
 * Issue 14 item 1: request logs carried full URLs with their queries (caseload and account
 * searches), and PostgreSQL error logs the driver's `detail` (`Key (lower(case_number))=(…)`).
 * Every search and failing write below plants names, emails and case numbers; the captured log
 * must contain none of them, on both engines.
 */
describe('server log privacy', () => {
  let t: TestApp;
  let lines: string[];
  let therapist: TestUser;
  let therapistTab: Browser;
  let adminTab: Browser;

  beforeEach(async () => {
    lines = [];
    t = await createTestApp({ logLevel: 'info', logStream: new Writable({ write: (chunk, _encoding, done) => { lines.push(String(chunk)); done(); } }) });
    const supervisor = await addUser(t, 'supervisor');
    therapist = await addUser(t, 'therapist', { supervisorId: supervisor.id });
    const admin = await addUser(t, 'admin');
    await addUser(t, 'therapist', { email: PLANTED.email });
    await addClient(t, therapist.id, { preferred_name: PLANTED.clientName, legal_name: PLANTED.legalName, case_number: PLANTED.caseNumber });
    therapistTab = new Browser(t.app);
    adminTab = new Browser(t.app);
    expect((await therapistTab.signIn(therapist.email)).statusCode).toBe(200);
    expect((await adminTab.signIn(admin.email)).statusCode).toBe(200);
  });

  afterEach(async () => {
    await t.close();
  });

  function expectNothingPlanted(): void {
    const log = lines.join('');
    // The capture works: requests were logged, by route pattern.
    expect(lines.length).toBeGreaterThan(4);
    expect(log).toMatch(/"route":"\/api\/v1\/clients\/?"/);
    for (const [what, value] of Object.entries(PLANTED)) {
      for (const form of [value, encodeURIComponent(value), value.toLowerCase(), value.split(' ')[0], value.split('@')[0]]) {
        expect(log.includes(form)).withContext(`${what} (${form}) in the log`).toBeFalse();
      }
    }
    for (const line of lines) {
      const entry = JSON.parse(line) as { req?: Record<string, unknown> };
      if (entry.req) {
        expect(Object.keys(entry.req).sort()).toEqual(['method', 'route']);
      }
    }
  }

  it('logs caseload and account searches by route, without their terms or any query string', async () => {
    for (const search of [PLANTED.clientName, PLANTED.caseNumber, PLANTED.legalName.split(' ')[1]]) {
      const response = await therapistTab.request('POST', '/api/v1/clients/search', { search, pageSize: 10 });
      expect(response.statusCode).toBe(200);
      expect(response.json().total).toBe(1);
    }
    for (const search of [PLANTED.email, PLANTED.accountName, PLANTED.email.split('@')[0]]) {
      expect((await adminTab.request('POST', '/api/v1/users/search', { search })).statusCode).toBe(200);
    }
    // A search too long to validate fails with 400, still without its text in the log.
    expect((await therapistTab.request('POST', '/api/v1/clients/search', { search: PLANTED.clientName.repeat(20) })).statusCode).toBe(400);
    expect((await adminTab.request('POST', '/api/v1/users/search', { search: PLANTED.clientName.repeat(20) })).statusCode).toBe(400);
    // A term put in a URL anyway is refused, and the refusal logs no more than the route either.
    expect((await therapistTab.request('GET', `/api/v1/clients?search=${encodeURIComponent(PLANTED.clientName)}`)).statusCode).toBe(400);
    expect((await adminTab.request('GET', `/api/v1/users?search=${encodeURIComponent(PLANTED.email)}`)).statusCode).toBe(400);
    expect(lines.join('')).toMatch(/"route":"\/api\/v1\/clients\/search"/);
    expect(lines.join('')).not.toContain('?');
    expectNothingPlanted();
  });

  it('logs failing writes without their bodies: a duplicate case number, a duplicate email, bad input, a name where an id belongs', async () => {
    const duplicate = await therapistTab.request('POST', '/api/v1/clients', clientBody({ caseNumber: PLANTED.caseNumber, preferredName: PLANTED.clientName }));
    expect(duplicate.statusCode).toBe(409);
    const racing = await Promise.all(
      [0, 1, 2].map(() => therapistTab.request('POST', '/api/v1/clients', clientBody({ caseNumber: `${PLANTED.caseNumber}-2`, legalName: PLANTED.legalName }))),
    );
    expect(racing.map((response) => response.statusCode).sort()).toEqual([201, 409, 409]);
    const account = await adminTab.request('POST', '/api/v1/users', { name: PLANTED.accountName, email: PLANTED.email, role: 'admin' });
    expect(account.statusCode).toBe(409);
    expect((await therapistTab.request('POST', '/api/v1/clients', clientBody({ dateOfBirth: PLANTED.caseNumber }))).statusCode).toBe(400);
    expect((await therapistTab.request('GET', `/api/v1/clients/${encodeURIComponent(PLANTED.clientName)}`)).statusCode).toBe(400);
    expect((await therapistTab.request('GET', `/api/v1/no-such/${encodeURIComponent(PLANTED.email)}`)).statusCode).toBe(404);
    expect((await new Browser(t.app).signIn(PLANTED.email, PLANTED.legalName)).statusCode).toBe(401);
    expectNothingPlanted();
  });

  it('logs a database failure by its code, without the message or detail that quote the row', async () => {
    // A trigger that fails every client insert, quoting the row the way a driver's detail does.
    if (t.database.engine === 'postgres') {
      await sql`create function refuse_client() returns trigger as $$ begin
        raise exception 'refused %', new.legal_name using detail = 'Key (case_number)=(' || new.case_number || ')', errcode = 'P0001';
        end $$ language plpgsql`.execute(t.database.db);
      await sql`create trigger refuse_client before insert on clients for each row execute function refuse_client()`.execute(t.database.db);
    } else {
      await sql.raw(`create trigger refuse_client before insert on clients begin select raise(abort, 'refused ${PLANTED.legalName} ${PLANTED.caseNumber}'); end`).execute(t.database.db);
    }
    const failingCaseNumber = PLANTED.caseNumber.replace('7731', '8842');
    const response = await therapistTab.request('POST', '/api/v1/clients', clientBody({ legalName: PLANTED.legalName, caseNumber: failingCaseNumber }));
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain(PLANTED.legalName);
    const failure = lines.map((line) => JSON.parse(line) as { msg: string; err?: { code?: string; message: string } }).find((entry) => entry.err);
    expect(failure?.err?.code).toBe(t.database.engine === 'postgres' ? 'P0001' : 'SQLITE_CONSTRAINT_TRIGGER');
    expect(failure?.err?.message).toContain('withheld');
    expectNothingPlanted();
    // The whole case number, and its distinctive part: the digits alone once matched a process id.
    expect(lines.join('')).not.toContain(failingCaseNumber);
    expect(lines.join('')).not.toContain('PLANT-8842');
  });
});
