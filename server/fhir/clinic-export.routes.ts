import type { FastifyInstance } from 'fastify';
import { type ClinicExportManifest, clinicExportManifestSchema, type ClinicExportParams, clinicExportParamsSchema } from '@domain/clients/clinic-export';
import * as z from '@domain/validation/z';
import { clientCount, therapists } from './clinic-export.repository';
import { CLINIC_EXPORT_TYPES, type ClinicExportType, clinicNdjson } from './clinic-export';
import { FhirUrls } from './fhir-urls';

/**
 * The administrator's clinic export (FHIR Bulk Data layout): a manifest naming one NDJSON file per
 * resource type with its line count (the UI's progress), then each file streamed. The policy of
 * what it holds is in clinic-export.ts: the assignment view, no clinical content. Each file
 * downloaded is audited as an export.
 */
export async function clinicExportRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app;

  app.get('/', { schema: { response: { 200: clinicExportManifestSchema } }, preHandler: app.requireRole('admin') }, async (request): Promise<ClinicExportManifest> => {
    const [clients, practitioners] = await Promise.all([clientCount(db), therapists(db)]);
    const counts: Record<ClinicExportType, number> = { Patient: clients, EpisodeOfCare: clients, Practitioner: practitioners.length };
    await request.audit({ action: 'read', recordType: 'clinic-export', outcome: 'success' });
    return {
      transactionTime: app.config.now().toISOString(),
      requiresAccessToken: true,
      output: CLINIC_EXPORT_TYPES.map((type) => ({ type, url: `/api/v1/clinic-export/${type}.ndjson`, count: counts[type] })),
      error: [],
    };
  });

  app.get<{ Params: ClinicExportParams }>(
    '/:file',
    {
      schema: { params: clinicExportParamsSchema, response: { 200: { content: { 'application/fhir+ndjson': { schema: z.string() } } } } },
      preHandler: app.requireRole('admin'),
    },
    async (request, reply) => {
      const type = request.params.file.replace('.ndjson', '') as ClinicExportType;
      await request.audit({ action: 'export', recordType: 'clinic-export', outcome: 'success', fields: [type] });
      return reply.type('application/fhir+ndjson').send(clinicNdjson(db, type, new FhirUrls(app.config.fhirBaseUrl)));
    },
  );
}
