import type { FastifyInstance } from 'fastify';
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
import { actorOf, auditOf } from '../access/actor';
import { listAccounts } from './accounts.repository';
import { createAccount, resetPassword, updateAccount } from './accounts.writes';

type IdParams = { id: string };

/** Accounts and teams: administrators only. */
export async function accountsRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app;
  const adminOnly = app.requireRole('admin');

  app.get<{ Querystring: AccountListQuery }>(
    '/',
    { schema: { querystring: accountListQuerySchema }, preHandler: adminOnly },
    async (request): Promise<Page<Account>> => {
      const { page, pageSize } = request.query;
      const { items, total } = await listAccounts(db, request.query);
      await request.audit({ action: 'read', recordType: 'user-list', outcome: 'success' });
      return { items, page, pageSize, total };
    },
  );

  app.post<{ Body: CreateAccountRequest }>(
    '/',
    { schema: { body: createAccountRequestSchema }, preHandler: adminOnly },
    async (request, reply): Promise<Account & PasswordResetResult> => {
      const created = await createAccount(db, actorOf(request), auditOf(request), request.body);
      reply.code(201);
      return created;
    },
  );

  app.put<{ Params: IdParams; Body: UpdateAccountRequest }>(
    '/:id',
    { schema: { params: idParamsSchema, body: updateAccountRequestSchema }, preHandler: adminOnly },
    (request): Promise<Account> => updateAccount(db, actorOf(request), auditOf(request), request.params.id, request.body),
  );

  app.post<{ Params: IdParams }>(
    '/:id/password-reset',
    { schema: { params: idParamsSchema }, preHandler: adminOnly },
    (request): Promise<PasswordResetResult> => resetPassword(db, actorOf(request), auditOf(request), request.params.id),
  );
}
