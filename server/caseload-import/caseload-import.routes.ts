import type { FastifyInstance } from 'fastify';
import {
  CASELOAD_IMPORT_MAX_BYTES,
  caseloadImportRequestSchema,
  caseloadImportResultSchema,
  caseloadPreviewRequestSchema,
  caseloadPreviewSchema,
  type CaseloadImportRequest,
  type CaseloadPreview,
  type CaseloadPreviewRequest,
} from '@domain/clients/caseload-import';
import { actorOf, auditOf } from '../access/actor';
import { HttpProblem } from '../http/http-problem';
import { checkCaseload, importCaseload } from './caseload-import.writes';

/**
 * The caseload CSV import: a dry run (`/preview`) listing each row's errors by row and column, then
 * the import. Administrators only: the file assigns clients to therapists, which is the
 * administrator's job (a therapist adds clients one at a time into their own caseload, or imports a
 * FHIR bundle). The administrator supplies the rows, so the preview echoes back only row numbers,
 * case numbers and the problems found, never other client fields.
 */
export async function caseloadImportRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Body: CaseloadPreviewRequest }>(
    '/preview',
    {
      bodyLimit: CASELOAD_IMPORT_MAX_BYTES,
      schema: { body: caseloadPreviewRequestSchema, response: { 200: caseloadPreviewSchema } },
      preHandler: app.requireRole('admin'),
    },
    async (request): Promise<CaseloadPreview> => {
      const reading = await checkCaseload(app.db, actorOf(request), request.body.csv);
      if ('errors' in reading) {
        throw HttpProblem.badRequest(reading.errors, 'The file cannot be read as a caseload.');
      }
      const rows = reading.rows.map(({ row, caseNumber, errors }) => ({ row, caseNumber, errors }));
      const invalidRows = rows.filter((row) => row.errors.length > 0).length;
      return { rows, validRows: rows.length - invalidRows, invalidRows };
    },
  );

  app.post<{ Body: CaseloadImportRequest }>(
    '/',
    {
      bodyLimit: CASELOAD_IMPORT_MAX_BYTES,
      schema: { body: caseloadImportRequestSchema, response: { 201: caseloadImportResultSchema } },
      preHandler: app.requireRole('admin'),
    },
    async (request, reply) => reply.code(201).send(await importCaseload(app.db, actorOf(request), auditOf(request), request.body)),
  );
}
