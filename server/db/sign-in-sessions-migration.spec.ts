import { type Kysely, sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../spec/helpers/test-database';
import type { Database } from './database';
import { up as renameSignInSessions } from './migrations/2026-12-06-0009-sign-in-sessions';

/** Table names the engine reports for the connection's schema. */
async function tableNames(db: Kysely<Database>): Promise<string[]> {
  return (await db.introspection.getTables()).map((table) => table.name);
}

describe('migration 2026-12-06-0009: sessions becomes sign_in_sessions', () => {
  let t: TestDatabase;

  beforeEach(async () => {
    t = await createTestDatabase();
    // Back to the state before the migration: the old table, its old index, one signed-in user.
    await t.db.schema.dropIndex('sign_in_sessions_user_idx').execute();
    await t.db.schema.alterTable('sign_in_sessions').renameTo('sessions').execute();
    await t.db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();
    const at = '2026-12-06T09:00:00.000Z';
    await t.db
      .insertInto('users')
      .values({ id: 'u1', name: 'A', email: 'a@example.test', role: 'therapist', supervisor_id: null, active: 1, password_hash: 'x', must_change_password: 0, is_demo: 0, version: 1, created_at: at, updated_at: at })
      .execute();
    await sql`insert into sessions (id, user_id, csrf_token, created_at, last_seen_at, absolute_expires_at, pending_step)
              values ('s1', 'u1', 'c1', ${at}, ${at}, ${at}, 'second-factor')`.execute(t.db);
  });

  afterEach(async () => {
    await t.dispose();
  });

  it('keeps every sign-in session row, column for column, under the new name', async () => {
    await renameSignInSessions(t.db);
    const names = await tableNames(t.db);
    expect(names).toContain('sign_in_sessions');
    expect(names).not.toContain('sessions');
    expect(await t.db.selectFrom('sign_in_sessions').selectAll().execute()).toEqual([
      {
        id: 's1',
        user_id: 'u1',
        csrf_token: 'c1',
        created_at: '2026-12-06T09:00:00.000Z',
        last_seen_at: '2026-12-06T09:00:00.000Z',
        absolute_expires_at: '2026-12-06T09:00:00.000Z',
        pending_step: 'second-factor',
      },
    ]);
  });

  it('keeps the check on pending_step and the key to users', async () => {
    await renameSignInSessions(t.db);
    const at = '2026-12-06T09:00:00.000Z';
    const row = { id: 's2', user_id: 'u1', csrf_token: 'c2', created_at: at, last_seen_at: at, absolute_expires_at: at };
    await expectAsync(t.db.insertInto('sign_in_sessions').values({ ...row, pending_step: 'nonsense' as 'enrolment' }).execute()).toBeRejected();
    await expectAsync(t.db.insertInto('sign_in_sessions').values({ ...row, user_id: 'nobody', pending_step: null }).execute()).toBeRejected();
    await expectAsync(t.db.insertInto('sign_in_sessions').values({ ...row, pending_step: null }).execute()).toBeResolved();
  });
});
