import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Account, PasswordResetResult } from '@domain/accounts/account';
import {
  accountListQuerySchema,
  createAccountRequestSchema,
  updateAccountRequestSchema,
  type AccountListQuery,
  type CreateAccountRequest,
  type UpdateAccountRequest,
} from '@domain/accounts/account-requests';
import type { Page } from '@domain/common/page';
import { idParamsSchema } from '@domain/common/uuid';
import { toAccount } from './account-mapping';
import { accountChangeConflicts } from './account-rules';
import { hashPassword } from './password-hashing';
import type { Database } from '../db/database';
import { toFlag } from '../db/flag';
import { conflictOnUniqueViolation } from '../db/unique-violation';
import { HttpProblem } from '../http/http-problem';

type IdParams = { id: string };

function accountsQuery(db: Kysely<Database>) {
  return db
    .selectFrom('users')
    .leftJoin('users as supervisor', 'supervisor.id', 'users.supervisor_id')
    .selectAll('users')
    .select('supervisor.name as supervisor_name');
}

async function loadAccount(db: Kysely<Database>, id: string): Promise<Account | undefined> {
  const row = await accountsQuery(db).where('users.id', '=', id).executeTakeFirst();
  return row && toAccount(row);
}

/** A one-time password the user must replace at next sign-in: 120 random bits, URL-safe. */
function temporaryPassword(): string {
  return randomBytes(15).toString('base64url');
}

/** Accounts and teams: administrators only. */
export async function usersRoutes(app: FastifyInstance): Promise<void> {
  const { db, config } = app;
  const adminOnly = app.requireRole('admin');

  app.get<{ Querystring: AccountListQuery }>(
    '/',
    { schema: { querystring: accountListQuerySchema }, preHandler: adminOnly },
    async (request): Promise<Page<Account>> => {
      const { page, pageSize, role, active, search } = request.query;
      let query = accountsQuery(db);
      if (role !== 'all') {
        query = query.where('users.role', '=', role);
      }
      if (active !== 'all') {
        query = query.where('users.active', '=', active === 'true' ? 1 : 0);
      }
      if (search) {
        const pattern = `%${search.toLowerCase()}%`;
        query = query.where((eb) => eb.or([eb(eb.fn('lower', ['users.name']), 'like', pattern), eb('users.email', 'like', pattern)]));
      }
      const [rows, count] = await Promise.all([
        query.orderBy('users.name').orderBy('users.id').limit(pageSize).offset((page - 1) * pageSize).execute(),
        query.clearSelect().select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow(),
      ]);
      await request.audit({ action: 'read', recordType: 'user-list', outcome: 'success' });
      return { items: rows.map(toAccount), page, pageSize, total: Number(count.count) };
    },
  );

  app.post<{ Body: CreateAccountRequest }>(
    '/',
    { schema: { body: createAccountRequestSchema }, preHandler: adminOnly },
    async (request, reply): Promise<Account & PasswordResetResult> => {
      const body = request.body;
      const password = temporaryPassword();
      const passwordHash = await hashPassword(password);
      const id = uuidv7();
      const now = config.now().toISOString();
      // A concurrent create with the same email passes the check on PostgreSQL and fails on the index: the same 409.
      const emailTaken = () => HttpProblem.conflict('Emails are unique.', [{ field: 'email', message: 'An account with this email exists.' }]);
      await conflictOnUniqueViolation(() => db.transaction().execute(async (trx) => {
        if (await trx.selectFrom('users').select('id').where('email', '=', body.email).executeTakeFirst()) {
          throw emailTaken();
        }
        if (body.supervisorId) {
          const supervisor = await trx
            .selectFrom('users')
            .select('id')
            .where('id', '=', body.supervisorId)
            .where('role', '=', 'supervisor')
            .where('active', '=', 1)
            .executeTakeFirst();
          if (!supervisor) {
            throw HttpProblem.badRequest([{ field: 'supervisorId', message: 'Not an active supervisor.' }]);
          }
        }
        await trx
          .insertInto('users')
          .values({
            id,
            name: body.name,
            email: body.email,
            role: body.role,
            supervisor_id: body.supervisorId,
            active: 1,
            password_hash: passwordHash,
            must_change_password: 1,
            is_demo: 0,
            version: 1,
            created_at: now,
            updated_at: now,
          })
          .execute();
        await request.audit({ action: 'create', recordType: 'user', recordId: id, outcome: 'success' }, trx);
      }), emailTaken);
      reply.code(201);
      return { ...(await loadAccount(db, id))!, temporaryPassword: password };
    },
  );

  app.put<{ Params: IdParams; Body: UpdateAccountRequest }>(
    '/:id',
    { schema: { params: idParamsSchema, body: updateAccountRequestSchema }, preHandler: adminOnly },
    async (request): Promise<Account> => {
      const { id } = request.params;
      const change = request.body;
      return db.transaction().execute(async (trx) => {
        const before = await trx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
        if (!before) {
          throw HttpProblem.notFound();
        }
        if (before.version !== change.version) {
          throw HttpProblem.staleVersion(await loadAccount(trx, id));
        }
        const conflicts = await accountChangeConflicts(trx, before, change);
        if (conflicts.length > 0) {
          throw HttpProblem.conflict('This change would break a clinic rule.', conflicts);
        }
        const result = await trx
          .updateTable('users')
          .set({
            name: change.name,
            role: change.role,
            supervisor_id: change.supervisorId,
            active: toFlag(change.active),
            version: change.version + 1,
            updated_at: config.now().toISOString(),
          })
          .where('id', '=', id)
          .where('version', '=', change.version)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) {
          throw HttpProblem.staleVersion(await loadAccount(trx, id));
        }
        if (!change.active) {
          await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
        }
        const fields = [
          before.name !== change.name && 'name',
          before.role !== change.role && 'role',
          before.supervisor_id !== change.supervisorId && 'supervisorId',
          (before.active === 1) !== change.active && 'active',
        ].filter((field): field is string => typeof field === 'string');
        await request.audit({ action: 'update', recordType: 'user', recordId: id, outcome: 'success', fields }, trx);
        return (await loadAccount(trx, id))!;
      });
    },
  );

  app.post<{ Params: IdParams }>(
    '/:id/password-reset',
    { schema: { params: idParamsSchema }, preHandler: adminOnly },
    async (request): Promise<PasswordResetResult> => {
      const { id } = request.params;
      const password = temporaryPassword();
      const passwordHash = await hashPassword(password);
      await db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('users')
          .set((eb) => ({
            password_hash: passwordHash,
            must_change_password: 1,
            version: eb('version', '+', 1),
            updated_at: config.now().toISOString(),
          }))
          .where('id', '=', id)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) {
          throw HttpProblem.notFound();
        }
        // Whoever holds the old password's sessions is signed out.
        await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
        await request.audit({ action: 'password-reset', recordType: 'user', recordId: id, outcome: 'success' }, trx);
      });
      return { temporaryPassword: password };
    },
  );
}
