import type { FastifyInstance } from 'fastify';
import { todayIsoDate } from '@domain/common/iso-date';
import { clientParamsSchema } from '@domain/clients/client-requests';
import { itemsSchema } from '@domain/common/paging-schema';
import { clientReferralSchema, type ClientReferral } from '@domain/referrals/referral';
import {
  clientReferralParamsSchema,
  createReferralRequestSchema,
  referralNetworkLinkRequestSchema,
  referralStatusRequestSchema,
  type CreateReferralRequest,
  type ReferralNetworkLinkRequest,
  type ReferralStatusRequest,
} from '@domain/referrals/referral-requests';
import { actorOf, auditOf } from '../access/actor';
import { requireClient } from '../access/client-guard';
import { findLetterSource, listClientReferrals } from './referrals.repository';
import { referralLetterOf } from './referral-letter';
import { HttpProblem } from '../http/http-problem';
import { referralLetterSchema, type ReferralLetter } from '@domain/referrals/referral-letter';
import { createReferral, linkReferralToNetwork, recordReferralStatus } from './referrals.writes';

type ClientParams = { clientId: string };
type ReferralParams = { clientId: string; referralId: string };

/**
 * A client's referrals to clinic groups and community programmes, followed to the end: the
 * client's therapist refers and records each step; their supervisor reads. Like every record of a
 * client, out of scope answers 404 (a group's facilitator sees the roster, not this).
 */
export async function referralsRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app;
  const clinicalRoles = app.requireRole('therapist', 'supervisor');

  app.get<{ Params: ClientParams }>(
    '/:clientId/referrals',
    { schema: { params: clientParamsSchema, response: { 200: itemsSchema(clientReferralSchema) } }, preHandler: clinicalRoles },
    async (request): Promise<{ items: ClientReferral[] }> => {
      const { clientId } = request.params;
      await requireClient(request, clientId, 'read', 'referral');
      const items = await listClientReferrals(db, clientId, todayIsoDate(app.config.now()));
      await request.audit({ action: 'read', recordType: 'client-referrals', recordId: clientId, outcome: 'success' });
      return { items };
    },
  );

  app.post<{ Params: ClientParams; Body: CreateReferralRequest }>(
    '/:clientId/referrals',
    { schema: { params: clientParamsSchema, body: createReferralRequestSchema, response: { 201: clientReferralSchema } }, preHandler: clinicalRoles },
    async (request, reply) => reply.code(201).send(await createReferral(db, actorOf(request), auditOf(request), request.params.clientId, request.body)),
  );

  // A letter is a disclosure to the programme: each one produced is audited as a print, and it
  // carries only what the client agreed to share (referral-letter.ts).
  app.post<{ Params: ReferralParams }>(
    '/:clientId/referrals/:referralId/letter',
    { schema: { params: clientReferralParamsSchema, response: { 200: referralLetterSchema } }, preHandler: clinicalRoles },
    async (request): Promise<ReferralLetter> => {
      const { clientId, referralId } = request.params;
      await requireClient(request, clientId, 'read', 'referral');
      const source = await findLetterSource(db, clientId, referralId);
      if (!source) {
        throw HttpProblem.notFound();
      }
      await request.audit({ action: 'print-referral-letter', recordType: 'referral', recordId: referralId, outcome: 'success' });
      return referralLetterOf(source, app.config.clinicName, app.config.now().toISOString());
    },
  );

  app.post<{ Params: ReferralParams; Body: ReferralStatusRequest }>(
    '/:clientId/referrals/:referralId/status',
    { schema: { params: clientReferralParamsSchema, body: referralStatusRequestSchema, response: { 200: clientReferralSchema } }, preHandler: clinicalRoles },
    async (request) => recordReferralStatus(db, actorOf(request), auditOf(request), request.params.clientId, request.params.referralId, request.body),
  );

  app.post<{ Params: ReferralParams; Body: ReferralNetworkLinkRequest }>(
    '/:clientId/referrals/:referralId/network-member',
    { schema: { params: clientReferralParamsSchema, body: referralNetworkLinkRequestSchema, response: { 200: clientReferralSchema } }, preHandler: clinicalRoles },
    async (request) => linkReferralToNetwork(db, actorOf(request), auditOf(request), request.params.clientId, request.params.referralId, request.body),
  );
}
