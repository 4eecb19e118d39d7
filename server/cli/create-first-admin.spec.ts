import { verifyPassword } from '../accounts/password-hashing';
import { findActiveAccountByEmail } from '../accounts/accounts.repository';
import { generateDemoClinic, insertDemoClinic } from '../seed/demo-clinic';
import { createTestDatabase, type TestDatabase } from '../spec/helpers/test-database';
import { AdminAlreadyExistsError, createFirstAdmin, InvalidAdminInputError } from './create-first-admin';

async function rejectionOf(promise: Promise<unknown>): Promise<InvalidAdminInputError> {
  try {
    await promise;
  } catch (error) {
    return error as InvalidAdminInputError;
  }
  throw new Error('Expected a rejection.');
}

describe('createFirstAdmin', () => {
  const now = new Date('2026-11-25T09:00:00.000Z');
  const password = 'a long enough passphrase';
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase();
  });

  afterEach(async () => {
    await database.dispose();
  });

  it('creates an administrator who can sign in, with an audit event', async () => {
    const created = await createFirstAdmin(database.db, { email: '  Ada@Clinic.example ', name: 'Ada Admin', password }, now);

    expect(created.email).toBe('ada@clinic.example');
    const row = await findActiveAccountByEmail(database.db, 'ada@clinic.example');
    expect(row).toEqual(
      jasmine.objectContaining({
        id: created.id,
        name: 'Ada Admin',
        role: 'admin',
        supervisor_id: null,
        active: 1,
        must_change_password: 0,
        is_demo: 0,
        version: 1,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      }),
    );
    expect(row!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await verifyPassword(row!.password_hash, password)).toBeTrue();
    expect(await verifyPassword(row!.password_hash, 'another long passphrase')).toBeFalse();

    const events = await database.db.selectFrom('audit_events').selectAll().execute();
    expect(events).toEqual([
      jasmine.objectContaining({
        at: now.toISOString(),
        user_id: null,
        action: 'account-created',
        record_type: 'user',
        record_id: created.id,
        outcome: 'success',
      }),
    ]);
  });

  it('stores no plaintext password anywhere in the row', async () => {
    await createFirstAdmin(database.db, { email: 'ada@clinic.example', name: 'Ada Admin', password }, now);
    const row = await database.db.selectFrom('users').selectAll().executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(password);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses when an administrator already exists, and changes nothing', async () => {
    await createFirstAdmin(database.db, { email: 'ada@clinic.example', name: 'Ada Admin', password }, now);

    const second = createFirstAdmin(database.db, { email: 'bob@clinic.example', name: 'Bob Admin', password }, now);

    await expectAsync(second).toBeRejectedWithError(AdminAlreadyExistsError, /already exists/);
    expect(await database.db.selectFrom('users').select('email').execute()).toEqual([{ email: 'ada@clinic.example' }]);
    expect((await database.db.selectFrom('audit_events').select('id').execute()).length).toBe(1);
  });

  it("refuses over the demo clinic, saying it is the demo clinic's administrator", async () => {
    const clinic = await generateDemoClinic({ supervisors: 1, therapistsPerSupervisor: 0 });
    await insertDemoClinic(database.db, clinic);

    const attempt = createFirstAdmin(database.db, { email: 'ada@clinic.example', name: 'Ada Admin', password }, now);

    await expectAsync(attempt).toBeRejectedWithError(AdminAlreadyExistsError, /demo clinic/);
  });

  it('rejects a short password, naming the field, and creates nothing', async () => {
    const attempt = createFirstAdmin(database.db, { email: 'ada@clinic.example', name: 'Ada Admin', password: 'short' }, now);

    await expectAsync(attempt).toBeRejectedWithError(InvalidAdminInputError, /password: Must be at least 12 characters/);
    const error = await rejectionOf(attempt);
    expect(error.errors).toEqual([{ field: 'password', message: 'Must be at least 12 characters.' }]);
    expect(await database.db.selectFrom('users').select('id').execute()).toEqual([]);
  });

  it('rejects an invalid email and an empty name, naming each field', async () => {
    const attempt = createFirstAdmin(database.db, { email: 'not-an-email', name: '  ', password }, now);

    const error = await rejectionOf(attempt);
    expect(error).toBeInstanceOf(InvalidAdminInputError);
    expect(error.errors.map((e) => e.field)).toEqual(['email', 'name']);
  });
});
