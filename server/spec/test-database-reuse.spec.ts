import { sql } from 'kysely';
import { addUser, Browser, createTestApp } from './helpers/test-app';
import { createTestDatabase, type TestDatabase } from './helpers/test-database';

/** Specs reuse each other's databases (see helpers/test-database.ts); none may see another's rows or changes. */
describe('test databases handed from spec to spec', () => {
  const placeOf = (database: TestDatabase) => `${database.url} ${database.schema ?? ''}`;
  const rowsIn = async (database: TestDatabase, table: 'users' | 'audit_events') =>
    Number((await database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('come back empty, with the audit trail still refusing changes', async () => {
    const first = await createTestApp();
    const therapist = await addUser(first, 'therapist');
    expect((await new Browser(first.app).signIn(therapist.email)).statusCode).toBe(200);
    expect(await rowsIn(first.database, 'audit_events')).toBeGreaterThan(0);
    const place = placeOf(first.database);
    await first.close();

    const second = await createTestApp();
    try {
      expect(placeOf(second.database)).withContext('the handed-back database is the one reused').toBe(place);
      expect(await rowsIn(second.database, 'users')).toBe(0);
      expect(await rowsIn(second.database, 'audit_events')).toBe(0);
      const again = await addUser(second, 'therapist');
      expect((await new Browser(second.app).signIn(again.email)).statusCode).toBe(200);
      await expectAsync(sql`update audit_events set action = 'x'`.execute(second.database.db)).toBeRejected();
      await expectAsync(sql`delete from audit_events`.execute(second.database.db)).toBeRejected();
    } finally {
      await second.close();
    }
  });

  it('are not handed on once a spec added a table', async () => {
    const first = await createTestDatabase();
    await sql`create table spec_extra (id integer)`.execute(first.db);
    const place = placeOf(first);
    await first.dispose();
    const second = await createTestDatabase();
    try {
      expect(placeOf(second)).not.toBe(place);
      await expectAsync(sql`select * from spec_extra`.execute(second.db)).toBeRejected();
    } finally {
      await second.dispose();
    }
  });

  it('are not handed on once a spec dropped a trigger', async () => {
    const first = await createTestDatabase();
    const place = placeOf(first);
    if (first.engine === 'postgres') {
      await sql`drop trigger audit_events_no_change on audit_events`.execute(first.db);
    } else {
      await sql`drop trigger audit_events_no_update`.execute(first.db);
    }
    await first.dispose();
    const second = await createTestDatabase();
    try {
      expect(placeOf(second)).not.toBe(place);
    } finally {
      await second.dispose();
    }
  });
});
