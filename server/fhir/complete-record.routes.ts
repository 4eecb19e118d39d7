import type { FastifyInstance } from 'fastify';
import { clientParamsSchema } from '@domain/clients/client-requests';
import {
  completeRecordPrintoutSchema,
  recordPrintoutRequestSchema,
  type CompleteRecordPrintout,
  type RecordPrintoutRequest,
} from '@domain/clients/complete-record';
import { requireClient } from '../access/client-guard';
import { loadClientRecord } from './client-record.repository';

type ClientParams = { clientId: string };

/**
 * The client's complete record for printing ("right of access"). Printing is a disclosure: the
 * SPA's print page posts here on every view, and each post is audited as a print.
 */
export async function completeRecordRoutes(app: FastifyInstance): Promise<void> {
  const { db, config } = app;

  app.post<{ Params: ClientParams; Body: RecordPrintoutRequest }>(
    '/:clientId/record-printouts',
    {
      schema: {
        params: clientParamsSchema,
        body: recordPrintoutRequestSchema,
        response: { 200: completeRecordPrintoutSchema },
      },
      preHandler: app.requireRole('therapist', 'supervisor'),
    },
    async (request): Promise<CompleteRecordPrintout> => {
      const { clientId } = request.params;
      const client = await requireClient(request, clientId, 'read', 'complete-record');
      const record = await loadClientRecord(db, client, config);
      await request.audit({
        action: 'print-complete-record',
        recordType: 'client',
        recordId: clientId,
        outcome: 'success',
      });
      return {
        ...record,
        printedAt: config.now().toISOString(),
        printedBy: request.auth!.user.name,
      };
    },
  );
}
