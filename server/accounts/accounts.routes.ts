import type { FastifyInstance, FastifyRequest } from 'fastify';
import { accountSchema, createdAccountSchema, passwordResetResultSchema, type Account, type PasswordResetResult } from '@domain/accounts/account';
import {
  accountListQuerySchema,
  accountListUrlQuerySchema,
  createAccountRequestSchema,
  updateAccountRequestSchema,
  type AccountListQuery,
  type CreateAccountRequest,
  type UpdateAccountRequest,
} from '@domain/accounts/account-requests';
import { type Page } from '@domain/common/page';
import { pageSchema } from '@domain/common/paging-schema';
import { idParamsSchema } from '@domain/common/uuid';
import { actorOf, auditOf } from '../access/actor';
import { listAccounts } from './accounts.repository';
import { createAccount, resetPassword, updateAccount } from './accounts.writes';

type IdParams = { id: string };

/** Accounts and teams: administrators only. */
export async function accountsRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app;
  const adminOnly = app.requireRole('admin');

  /** One page of accounts for a query; the GET and the POST search answer (and audit) alike. */
  async function accountsPage(request: FastifyRequest, query: AccountListQuery): Promise<Page<Account>> {
    const { items, total } = await listAccounts(db, query);
    await request.audit({ action: 'read', recordType: 'user-list', outcome: 'success' });
    return { items, page: query.page, pageSize: query.pageSize, total };
  }

  // Kept for listing without a search term; a `search` here is refused (see accountListUrlQuerySchema).
  app.get<{ Querystring: AccountListQuery }>(
    '/',
    { schema: { querystring: accountListUrlQuerySchema, response: { 200: pageSchema(accountSchema) } }, preHandler: adminOnly },
    (request) => accountsPage(request, request.query),
  );

  // A search is a read: POST only so the typed name or email travels in the body, not the URL.
  app.post<{ Body: AccountListQuery }>(
    '/search',
    { schema: { body: accountListQuerySchema, response: { 200: pageSchema(accountSchema) } }, preHandler: adminOnly },
    (request) => accountsPage(request, request.body),
  );

  app.post<{ Body: CreateAccountRequest }>(
    '/',
    { schema: { body: createAccountRequestSchema, response: { 201: createdAccountSchema } }, preHandler: adminOnly },
    async (request, reply): Promise<Account & PasswordResetResult> => {
      const created = await createAccount(db, actorOf(request), auditOf(request), request.body);
      reply.code(201);
      return created;
    },
  );

  app.put<{ Params: IdParams; Body: UpdateAccountRequest }>(
    '/:id',
    { schema: { params: idParamsSchema, body: updateAccountRequestSchema, response: { 200: accountSchema } }, preHandler: adminOnly },
    (request): Promise<Account> => updateAccount(db, actorOf(request), auditOf(request), request.params.id, request.body),
  );

  app.post<{ Params: IdParams }>(
    '/:id/password-reset',
    { schema: { params: idParamsSchema, response: { 200: passwordResetResultSchema } }, preHandler: adminOnly },
    (request): Promise<PasswordResetResult> => resetPassword(db, actorOf(request), auditOf(request), request.params.id),
  );
}
