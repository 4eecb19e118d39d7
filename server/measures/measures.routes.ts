import type { FastifyInstance } from 'fastify';
import { itemsSchema } from '@domain/common/paging-schema';
import type { MeasureIndicators } from '@domain/measures/measure-flags';
import { measureIndicatorsSchema } from '@domain/measures/measure-indicators-schema';
import { measureResponseSchema, measureRevisionSchema, type MeasureResponse, type MeasureRevision } from '@domain/measures/measure';
import {
  type AmendMeasureRequest,
  amendMeasureRequestSchema,
  clientMeasureParamsSchema,
  type MeasureListQuery,
  measureListQuerySchema,
  type RecordMeasureRequest,
  recordMeasureRequestSchema,
} from '@domain/measures/measure-requests';
import { clientParamsSchema } from '@domain/clients/client-requests';
import { actorOf, auditOf } from '../access/actor';
import { readClientRecord, requireClient } from '../access/client-guard';
import { todayIsoDate } from '@domain/common/iso-date';
import { measureListOf } from './measure-list';
import { measureRevisions } from './measure-revisions';
import { loadMeasure } from './measures.repository';
import { amendMeasure, recordMeasure } from './measures.writes';

type ClientParams = { clientId: string };
type MeasureParams = { clientId: string; measureId: string };

/** Every measure of a client, with today's indicators and flags. */
const measureListSchema = itemsSchema(measureResponseSchema).extend({ indicators: measureIndicatorsSchema });

/** Social-connection measures of one client: record, correct by amendment, read with flags. */
export async function measuresRoutes(app: FastifyInstance): Promise<void> {
  const { db, config } = app;
  const clinicalRoles = app.requireRole('therapist', 'supervisor');

  // Every measure of the client, oldest first (the trend chart reads them all: at most a few
  // thousand small rows even after years of weekly measures), with today's indicators and flags.
  app.get<{ Params: ClientParams; Querystring: MeasureListQuery }>(
    '/:clientId/measures',
    { schema: { params: clientParamsSchema, querystring: measureListQuerySchema, response: { 200: measureListSchema } }, preHandler: clinicalRoles },
    async (request): Promise<{ items: MeasureResponse[]; indicators: MeasureIndicators }> => {
      const { clientId } = request.params;
      const client = await requireClient(request, clientId, 'read', 'measures');
      const list = await measureListOf(db, client, request.query.instrument, { today: todayIsoDate(config.now()), reassessmentDays: config.reassessmentDays });
      await request.audit({ action: 'read', recordType: 'measures', recordId: clientId, outcome: 'success' });
      return list;
    },
  );

  app.post<{ Params: ClientParams; Body: RecordMeasureRequest }>(
    '/:clientId/measures',
    { schema: { params: clientParamsSchema, body: recordMeasureRequestSchema, response: { 201: measureResponseSchema } }, preHandler: clinicalRoles },
    async (request, reply) => reply.code(201).send(await recordMeasure(db, actorOf(request), auditOf(request), request.params.clientId, request.body)),
  );

  app.get<{ Params: MeasureParams }>(
    '/:clientId/measures/:measureId',
    { schema: { params: clientMeasureParamsSchema, response: { 200: measureResponseSchema } }, preHandler: clinicalRoles },
    async (request) => {
      const { clientId, measureId } = request.params;
      const read = { clientId, guardedAs: 'measure', recordType: 'measure', recordId: measureId };
      return readClientRecord(request, read, () => loadMeasure(db, clientId, measureId));
    },
  );

  app.put<{ Params: MeasureParams; Body: AmendMeasureRequest }>(
    '/:clientId/measures/:measureId',
    { schema: { params: clientMeasureParamsSchema, body: amendMeasureRequestSchema, response: { 200: measureResponseSchema } }, preHandler: clinicalRoles },
    async (request) => amendMeasure(db, actorOf(request), auditOf(request), request.params.clientId, request.params.measureId, request.body),
  );

  app.get<{ Params: MeasureParams }>(
    '/:clientId/measures/:measureId/history',
    { schema: { params: clientMeasureParamsSchema, response: { 200: itemsSchema(measureRevisionSchema) } }, preHandler: clinicalRoles },
    async (request): Promise<{ items: MeasureRevision[] }> => {
      const { clientId, measureId } = request.params;
      const read = { clientId, guardedAs: 'measure', recordType: 'measure-history', recordId: measureId };
      const items = await readClientRecord(request, read, async () => ((await loadMeasure(db, clientId, measureId)) ? measureRevisions(db, measureId) : undefined));
      return { items };
    },
  );
}
