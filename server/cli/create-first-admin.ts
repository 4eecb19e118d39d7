import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { newPasswordSchema } from '@domain/accounts/password-policy';
import { signInRequestSchema } from '@domain/accounts/sign-in-request';
import { TEXT_LIMITS, requiredText } from '@domain/validation/text-limits';
import { type FieldError, fieldErrorsOf } from '@domain/validation/field-errors';
import * as z from '@domain/validation/z';
import { hashPassword } from '../accounts/password-hashing';
import { screenNewPassword } from '../accounts/password-screening';
import { appendAuditEvent } from '../audit/audit-log';
import type { Database } from '../db/database';

export interface FirstAdminInput {
  readonly email: string;
  readonly name: string;
  readonly password: string;
}

export interface CreatedAdmin {
  readonly id: string;
  readonly email: string;
  readonly name: string;
}

/** The input named field by field, e.g. `password: Must be at least 12 characters.` */
export class InvalidAdminInputError extends Error {
  constructor(readonly errors: readonly FieldError[]) {
    super(`Invalid input:\n  ${errors.map((e) => `${e.field}: ${e.message}`).join('\n  ')}`);
    this.name = 'InvalidAdminInputError';
  }
}

/** There already is an administrator: further accounts are created in the app, by them. */
export class AdminAlreadyExistsError extends Error {
  constructor(readonly demoClinic = false) {
    super(
      'An administrator account already exists, so no first administrator was created. ' +
        (demoClinic
          ? "It is the demo clinic's (seeded because SEED_DEMO_CLINIC defaults to true): for production, " +
            'start from an empty database with SEED_DEMO_CLINIC=false and run this first.'
          : 'Sign in as an administrator to create further accounts.'),
    );
    this.name = 'AdminAlreadyExistsError';
  }
}

const firstAdminSchema = z.strictObject({
  // Normalised (trimmed, lower-cased) exactly as sign-in normalises it, or the admin could not sign in.
  email: signInRequestSchema.shape.email,
  name: requiredText(TEXT_LIMITS.name),
  password: newPasswordSchema,
});

/** Refuses when there is any administrator, active or deactivated, demo or not. */
export async function assertNoAdmin(db: Kysely<Database>): Promise<void> {
  const admin = await db
    .selectFrom('users')
    .select('is_demo')
    .where('role', '=', 'admin')
    .orderBy('is_demo')
    .limit(1)
    .executeTakeFirst();
  if (admin) {
    throw new AdminAlreadyExistsError(admin.is_demo === 1);
  }
}

/** Checks email and name alone, so a CLI can refuse them before asking for a password. */
export function identityErrors(input: Pick<FirstAdminInput, 'email' | 'name'>): FieldError[] {
  const parsed = firstAdminSchema.pick({ email: true, name: true }).safeParse(input);
  return parsed.success ? [] : fieldErrorsOf(parsed.error);
}

/**
 * Creates the first administrator of an (otherwise) empty installation: validated input, an Argon2id
 * hash, no forced password change (they chose it themselves), and an audit event, in one transaction
 * that refuses if any administrator (active or not) already exists.
 */
export async function createFirstAdmin(db: Kysely<Database>, input: FirstAdminInput, now: Date): Promise<CreatedAdmin> {
  const parsed = firstAdminSchema.safeParse(input);
  if (!parsed.success) {
    throw new InvalidAdminInputError(fieldErrorsOf(parsed.error));
  }
  const { email, name, password } = parsed.data;
  const weakness = screenNewPassword(password, { email, name });
  if (weakness) {
    throw new InvalidAdminInputError([{ field: 'password', message: weakness }]);
  }
  const passwordHash = await hashPassword(password);
  const id = uuidv7();
  const timestamp = now.toISOString();

  await db.transaction().execute(async (trx) => {
    await assertNoAdmin(trx);
    const sameEmail = await trx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
    if (sameEmail) {
      throw new InvalidAdminInputError([{ field: 'email', message: 'An account with this email already exists.' }]);
    }
    await trx
      .insertInto('users')
      .values({
        id,
        name,
        email,
        role: 'admin',
        supervisor_id: null,
        active: 1,
        password_hash: passwordHash,
        must_change_password: 0,
        is_demo: 0,
        version: 1,
        created_at: timestamp,
        updated_at: timestamp,
      })
      .execute();
    await appendAuditEvent(trx, { userId: null, action: 'account-created', recordType: 'user', recordId: id, outcome: 'success' }, now);
  });
  return { id, email, name };
}
