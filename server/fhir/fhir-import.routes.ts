import type { FastifyInstance } from 'fastify';
import { FHIR_IMPORT_MAX_BYTES, fhirImportPreviewSchema, fhirImportResultSchema, type FhirImportPreview } from '@domain/clients/fhir-import';
import { todayIsoDate } from '@domain/common/iso-date';
import { instrumentOf } from '@domain/measures/instrument-catalog';
import { actorOf, auditOf } from '../access/actor';
import { HttpProblem } from '../http/http-problem';
import { type FhirImportPlan, readFhirImport } from './fhir-import-reader';
import { assertCaseNumberFree, importClient } from './fhir-import.writes';

/**
 * Importing one client from a FHIR R4 Bundle: `POST /fhir-imports/preview` reads and checks it and
 * answers what would be created; `POST /fhir-imports` does the same checks and stores it all in one
 * transaction. Therapists only, into their own caseload (as creating a client is): administrators
 * hold no clinical content and supervisors read only. Bodies over FHIR_IMPORT_MAX_BYTES get 413.
 */
export async function fhirImportRoutes(app: FastifyInstance): Promise<void> {
  // A FHIR client sends application/fhir+json: parsed as the app parses JSON (strict UTF-8, see strict-json.ts).
  const parseJson = app.getDefaultJsonParser('error', 'error');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  app.addContentTypeParser('application/fhir+json', { parseAs: 'buffer', bodyLimit: FHIR_IMPORT_MAX_BYTES }, (request, body, done) => {
    let text: string;
    try {
      text = decoder.decode(body as Buffer);
    } catch {
      done(HttpProblem.badRequest([{ field: '(body)', message: 'Not valid UTF-8 text.' }]), undefined);
      return;
    }
    parseJson(request, text, done);
  });

  const planOf = (body: unknown): FhirImportPlan => {
    const reading = readFhirImport(body, app.config.fhirBaseUrl, todayIsoDate(app.config.now()));
    if ('errors' in reading) {
      throw HttpProblem.badRequest(reading.errors, 'The bundle cannot be imported; nothing was stored.');
    }
    return reading.plan;
  };

  app.post(
    '/preview',
    { bodyLimit: FHIR_IMPORT_MAX_BYTES, schema: { response: { 200: fhirImportPreviewSchema } }, preHandler: app.requireRole('therapist') },
    async (request): Promise<FhirImportPreview> => {
      const plan = planOf(request.body);
      await assertCaseNumberFree(app.db, plan);
      return previewOf(plan);
    },
  );

  app.post(
    '/',
    { bodyLimit: FHIR_IMPORT_MAX_BYTES, schema: { response: { 201: fhirImportResultSchema } }, preHandler: app.requireRole('therapist') },
    async (request, reply) => reply.code(201).send(await importClient(app.db, actorOf(request), auditOf(request), planOf(request.body))),
  );
}

function previewOf(plan: FhirImportPlan): FhirImportPreview {
  const { fields } = plan.client;
  return {
    client: {
      preferredName: fields.preferredName,
      legalName: fields.legalName,
      dateOfBirth: fields.dateOfBirth,
      caseNumber: fields.caseNumber,
      pronouns: fields.pronouns,
      primaryConcerns: fields.primaryConcerns,
      familyConsent: fields.familyConsent,
      treatmentStart: fields.treatmentStart,
      status: plan.client.status,
      dischargedOn: plan.client.dischargedOn,
    },
    members: plan.members.map((member) => ({
      name: member.name,
      relationship: member.relationship,
      activeFrom: member.activeFrom,
      endedOn: member.endedOn,
      consent: member.consent.status,
    })),
    measures: plan.measures.map((measure) => {
      const scores = instrumentOf(measure.instrument).score(measure.answers);
      return { instrument: measure.instrument, administeredOn: measure.administeredOn, total: scores.total, band: scores.band };
    }),
    notices: plan.notices,
    recomputed: plan.recomputed,
  };
}
