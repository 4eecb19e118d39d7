import type { FastifyInstance } from 'fastify';
import { communityProgrammeSchema, type CommunityProgramme } from '@domain/community/programme';
import {
  createProgrammeRequestSchema,
  programmeParamsSchema,
  updateProgrammeRequestSchema,
  type CreateProgrammeRequest,
  type UpdateProgrammeRequest,
} from '@domain/community/programme-requests';
import { itemsSchema } from '@domain/common/paging-schema';
import { actorOf, auditOf } from '../access/actor';
import { listProgrammes } from './programmes.repository';
import { createProgramme, updateProgramme } from './programmes.writes';

type ProgrammeParams = { programmeId: string };

/**
 * The community programmes directory: every member of staff reads the active programmes (to point a
 * client to one); administrators keep it, and see retired programmes too.
 */
export async function programmesRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app;
  const staff = app.requireRole('therapist', 'supervisor', 'admin');
  const admins = app.requireRole('admin');

  app.get('/', { schema: { response: { 200: itemsSchema(communityProgrammeSchema) } }, preHandler: staff }, async (request): Promise<{ items: CommunityProgramme[] }> => ({
    items: await listProgrammes(db, request.auth!.user.role === 'admin'),
  }));

  app.post<{ Body: CreateProgrammeRequest }>('/', { schema: { body: createProgrammeRequestSchema, response: { 201: communityProgrammeSchema } }, preHandler: admins }, async (request, reply) =>
    reply.code(201).send(await createProgramme(db, actorOf(request), auditOf(request), request.body)),
  );

  app.put<{ Params: ProgrammeParams; Body: UpdateProgrammeRequest }>(
    '/:programmeId',
    { schema: { params: programmeParamsSchema, body: updateProgrammeRequestSchema, response: { 200: communityProgrammeSchema } }, preHandler: admins },
    async (request) => updateProgramme(db, actorOf(request), auditOf(request), request.params.programmeId, request.body),
  );
}
