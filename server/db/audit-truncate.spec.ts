import { sql } from 'kysely';
import { addUser, Browser, createTestApp, type TestApp } from '../spec/helpers/test-app';

/**
 * Issue 14 item 7: row triggers do not fire on TRUNCATE, so PostgreSQL emptied the audit trail on
 * request. SQLite has no TRUNCATE; its whole-table DELETE (the "truncate optimisation") must be
 * refused too.
 */
describe('audit events cannot be emptied in bulk', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    const user = await addUser(t, 'therapist');
    await new Browser(t.app).signIn(user.email);
  });

  afterAll(async () => {
    await t.close();
  });

  const countEvents = async () =>
    Number((await t.database.db.selectFrom('audit_events').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('refuses the bulk statement of the engine and keeps every event', async () => {
    const before = await countEvents();
    expect(before).toBeGreaterThan(0);
    const statement = t.database.engine === 'postgres' ? sql`truncate audit_events` : sql`delete from audit_events`;
    await expectAsync(statement.execute(t.database.db)).toBeRejectedWithError(/append-only/);
    expect(await countEvents()).toBe(before);
  });

  it('refuses TRUNCATE … CASCADE from a parent table on PostgreSQL', async () => {
    if (t.database.engine !== 'postgres') {
      expect(t.database.engine).toBe('sqlite');
      return;
    }
    const before = await countEvents();
    await expectAsync(sql`truncate users cascade`.execute(t.database.db)).toBeRejectedWithError(/append-only/);
    expect(await countEvents()).toBe(before);
  });
});
