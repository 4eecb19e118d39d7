import { addUser, Browser, createTestApp, type TestApp } from '../spec/helpers/test-app';
import { clientBody } from '../spec/helpers/test-clients';
import { isUniqueViolation } from './unique-violation';

/**
 * Issue 14 item 4: on PostgreSQL two concurrent creates with the same case number (or account
 * email) both passed the uniqueness check and the loser answered 500; it must be 409, as on SQLite.
 */
describe('unique keys under concurrent writes', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  /** One after the other: parallel sign-ins to one account would meet the throttle's in-flight slots. */
  async function signedInTabs(email: string, count: number): Promise<Browser[]> {
    const tabs: Browser[] = [];
    for (let index = 0; index < count; index++) {
      const tab = new Browser(t.app);
      expect((await tab.signIn(email)).statusCode).toBe(200);
      tabs.push(tab);
    }
    return tabs;
  }

  const statuses = (responses: { statusCode: number }[]) => responses.map((response) => response.statusCode).sort();

  it('answers one 201 and 409 for the rest when tabs create clients with the same case number at once', async () => {
    const supervisor = await addUser(t, 'supervisor');
    const therapist = await addUser(t, 'therapist', { supervisorId: supervisor.id });
    const tabs = await signedInTabs(therapist.email, 6);
    const responses = await Promise.all(tabs.map((tab, index) => tab.request('POST', '/api/v1/clients', clientBody({ caseNumber: index % 2 ? 'race-7' : 'RACE-7' }))));
    expect(statuses(responses)).toEqual([201, 409, 409, 409, 409, 409]);
    for (const loser of responses.filter((response) => response.statusCode === 409)) {
      expect(loser.json().errors).toEqual([{ field: 'caseNumber', message: 'Another client already has this case number.' }]);
    }
    const stored = await t.database.db.selectFrom('clients').select('id').where('case_number', 'in', ['RACE-7', 'race-7']).execute();
    expect(stored.length).toBe(1);
  });

  it('answers one 201 and 409 for the rest when administrators create accounts with the same email at once', async () => {
    const admin = await addUser(t, 'admin');
    const tabs = await signedInTabs(admin.email, 4);
    const responses = await Promise.all(
      tabs.map((tab) => tab.request('POST', '/api/v1/users', { name: 'Pat Example', email: 'pat.race@clinic.test', role: 'admin' })),
    );
    expect(statuses(responses)).toEqual([201, 409, 409, 409]);
  });

  it('recognises each engine\'s unique-violation code and nothing else', () => {
    expect(isUniqueViolation({ code: '23505' })).toBeTrue();
    expect(isUniqueViolation({ code: 'SQLITE_CONSTRAINT_UNIQUE' })).toBeTrue();
    expect(isUniqueViolation({ code: '23503' })).toBeFalse();
    expect(isUniqueViolation(new Error('UNIQUE'))).toBeFalse();
    expect(isUniqueViolation(null)).toBeFalse();
  });
});
