import type { FastifyInstance } from 'fastify';
import { todayIsoDate } from '@domain/common/iso-date';
import { clientParamsSchema } from '@domain/clients/client-requests';
import {
  clientMemberParamsSchema,
  createNetworkMemberRequestSchema,
  endNetworkMemberRequestSchema,
  networkQuerySchema,
  reactivateNetworkMemberRequestSchema,
  updateNetworkMemberRequestSchema,
  type CreateNetworkMemberRequest,
  type EndNetworkMemberRequest,
  type NetworkQuery,
  type ReactivateNetworkMemberRequest,
  type UpdateNetworkMemberRequest,
} from '@domain/network/network-member-requests';
import { networkAsOf, summarizeNetwork } from '@domain/network/network-summary';
import { networkViewSchema, type NetworkView } from '@domain/network/network-view';
import { networkMemberSchema } from '@domain/network/network-member';
import { actorOf, auditOf } from '../access/actor';
import { requireClient } from '../access/client-guard';
import { HttpProblem } from '../http/http-problem';
import { currentNetwork } from './current-network';
import { toNetworkMember } from './network-mapping';
import { membersOfClient, revisionsOfClient } from './network.repository';
import { createMember, endMember, reactivateMember, updateMember } from './network.writes';

type ClientParams = { clientId: string };
type MemberParams = { clientId: string; memberId: string };

/** A client's support network: members now or on any past date, with the summary figures. */
export async function networkRoutes(app: FastifyInstance): Promise<void> {
  const { db, config } = app;
  const clinicalRoles = app.requireRole('therapist', 'supervisor');

  app.get<{ Params: ClientParams; Querystring: NetworkQuery }>(
    '/:clientId/network',
    { schema: { params: clientParamsSchema, querystring: networkQuerySchema, response: { 200: networkViewSchema } }, preHandler: clinicalRoles },
    async (request): Promise<NetworkView> => {
      const { clientId } = request.params;
      await requireClient(request, clientId, 'read', 'network');
      const today = todayIsoDate(config.now());
      const asOf = request.query.asOf ?? today;
      if (asOf > today) {
        throw HttpProblem.badRequest([{ field: 'querystring.asOf', message: 'Cannot be in the future.' }]);
      }
      if (asOf === today) {
        const view = await currentNetwork(db, clientId, today);
        await request.audit({ action: 'read', recordType: 'network', recordId: clientId, outcome: 'success' });
        return view;
      }
      const rows = await membersOfClient(db, clientId);
      await request.audit({ action: 'read', recordType: 'network', recordId: clientId, outcome: 'success' });
      const past = networkAsOf(await revisionsOfClient(db, clientId), asOf);
      const members = rows.filter((row) => past.has(row.id)).map((row) => toNetworkMember(row, past.get(row.id)));
      return { asOf, current: false, members, endedMembers: [], summary: summarizeNetwork([...past.values()], asOf) };
    },
  );

  app.post<{ Params: ClientParams; Body: CreateNetworkMemberRequest }>(
    '/:clientId/network',
    { schema: { params: clientParamsSchema, body: createNetworkMemberRequestSchema, response: { 201: networkMemberSchema } }, preHandler: clinicalRoles },
    async (request, reply) => reply.code(201).send(await createMember(app.db, actorOf(request), auditOf(request), request.params.clientId, request.body)),
  );

  app.put<{ Params: MemberParams; Body: UpdateNetworkMemberRequest }>(
    '/:clientId/network/:memberId',
    { schema: { params: clientMemberParamsSchema, body: updateNetworkMemberRequestSchema, response: { 200: networkMemberSchema } }, preHandler: clinicalRoles },
    async (request) => updateMember(app.db, actorOf(request), auditOf(request), request.params.clientId, request.params.memberId, request.body),
  );

  app.post<{ Params: MemberParams; Body: EndNetworkMemberRequest }>(
    '/:clientId/network/:memberId/end',
    { schema: { params: clientMemberParamsSchema, body: endNetworkMemberRequestSchema, response: { 200: networkMemberSchema } }, preHandler: clinicalRoles },
    async (request) => endMember(app.db, actorOf(request), auditOf(request), request.params.clientId, request.params.memberId, request.body),
  );

  app.post<{ Params: MemberParams; Body: ReactivateNetworkMemberRequest }>(
    '/:clientId/network/:memberId/reactivate',
    { schema: { params: clientMemberParamsSchema, body: reactivateNetworkMemberRequestSchema, response: { 200: networkMemberSchema } }, preHandler: clinicalRoles },
    async (request) => reactivateMember(app.db, actorOf(request), auditOf(request), request.params.clientId, request.params.memberId, request.body.version),
  );
}

