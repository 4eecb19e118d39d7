import type { FastifyInstance } from 'fastify';
import { itemsSchema } from '@domain/common/paging-schema';
import { groupFacilitatorSchema, groupSchema, type Group, type GroupFacilitator } from '@domain/groups/group';
import { createGroupRequestSchema, groupParamsSchema, updateGroupRequestSchema, type CreateGroupRequest, type UpdateGroupRequest } from '@domain/groups/group-requests';
import { actorOf, auditOf } from '../access/actor';
import { HttpProblem } from '../http/http-problem';
import { facilitatorOptions, findGroup, listGroups } from './groups.repository';
import { createGroup, updateGroup } from './groups.writes';

type GroupParams = { groupId: string };

/**
 * Groups the clinic runs: their facts (name, kind, schedule, facilitators, capacity) are no client
 * record and every member of staff reads them, so a therapist can refer a client. Supervisors and
 * administrators create them.
 */
export async function groupsRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app;
  const staff = app.requireRole('therapist', 'supervisor', 'admin');
  const organisers = app.requireRole('supervisor', 'admin');

  app.get('/', { schema: { response: { 200: itemsSchema(groupSchema) } }, preHandler: staff }, async (request): Promise<{ items: Group[] }> => ({ items: await listGroups(db, request.auth!.user) }));

  app.get('/facilitator-options', { schema: { response: { 200: itemsSchema(groupFacilitatorSchema) } }, preHandler: organisers }, async (): Promise<{ items: GroupFacilitator[] }> => ({ items: await facilitatorOptions(db) }));

  app.post<{ Body: CreateGroupRequest }>('/', { schema: { body: createGroupRequestSchema, response: { 201: groupSchema } }, preHandler: organisers }, async (request, reply) =>
    reply.code(201).send(await createGroup(db, actorOf(request), auditOf(request), request.body)),
  );

  app.get<{ Params: GroupParams }>('/:groupId', { schema: { params: groupParamsSchema, response: { 200: groupSchema } }, preHandler: staff }, async (request): Promise<Group> => {
    const group = await findGroup(db, request.auth!.user, request.params.groupId);
    if (!group) {
      throw HttpProblem.notFound();
    }
    return group;
  });

  app.put<{ Params: GroupParams; Body: UpdateGroupRequest }>(
    '/:groupId',
    { schema: { params: groupParamsSchema, body: updateGroupRequestSchema, response: { 200: groupSchema } }, preHandler: organisers },
    async (request) => updateGroup(db, actorOf(request), auditOf(request), request.params.groupId, request.body),
  );
}
