import type { FastifyInstance } from 'fastify';
import type { Bundle } from '@medplum/fhirtypes';
import { clientParamsSchema } from '@domain/clients/client-requests';
import {
  fhirBundleSchema,
  fhirExportQuerySchema,
  type FhirExportQuery,
} from '@domain/clients/complete-record';
import { requireClient } from '../access/client-guard';
import { clientBundleOf } from './client-bundle';

type ClientParams = { clientId: string };

/**
 * A client's record as FHIR R4. Clinicians only (administrators read no client records, as on every
 * clinical route), within the client guard's scope; every export is a disclosure and audited.
 */
export async function fhirRoutes(app: FastifyInstance): Promise<void> {
  const { db, config } = app;

  app.get<{ Params: ClientParams; Querystring: FhirExportQuery }>(
    '/:clientId/fhir',
    {
      schema: {
        params: clientParamsSchema,
        querystring: fhirExportQuerySchema,
        response: { 200: fhirBundleSchema },
      },
      preHandler: app.requireRole('therapist', 'supervisor'),
    },
    async (request, reply): Promise<Bundle> => {
      const { clientId } = request.params;
      const { copy } = request.query;
      const client = await requireClient(request, clientId, 'read', 'fhir-bundle');
      const bundle = await clientBundleOf(db, client, config, copy);
      await request.audit({
        action: copy === 'family' ? 'export-family-copy' : 'export',
        recordType: 'fhir-bundle',
        recordId: clientId,
        outcome: 'success',
      });
      return reply.type('application/fhir+json; charset=utf-8').send(bundle);
    },
  );
}
