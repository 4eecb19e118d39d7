import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { NetworkMemberFacts } from '@domain/network/network-member';
import type { Actor } from '../access/actor';
import type { Audit } from '../audit/audit-log';
import { caseNumberTaken, insertClient } from '../clients/clients.repository';
import type { Database } from '../db/database';
import { conflictOnUniqueViolation } from '../db/unique-violation';
import { HttpProblem } from '../http/http-problem';
import { refreshMeasureStatus } from '../measures/measure-status';
import { loadMeasure } from '../measures/measures.repository';
import { appendRevision as appendMeasureRevision, scoredColumns } from '../measures/measures.writes';
import { columnsOf } from '../network/network-mapping';
import { appendRevision as appendMemberRevision } from '../network/network.repository';
import type { FhirImportPlan } from './fhir-import-reader';
import type { ImportedMeasure } from './fhir-import-measures';

export interface FhirImportResult {
  readonly clientId: string;
  readonly members: number;
  readonly measures: number;
}

const caseNumberConflict = () =>
  HttpProblem.conflict('Case numbers are unique in the clinic.', [{ field: 'caseNumber', message: 'Another client already has this case number.' }]);

/** Fails the preview as the import would: a case number already in the clinic. */
export async function assertCaseNumberFree(db: Kysely<Database>, plan: FhirImportPlan): Promise<void> {
  if (await caseNumberTaken(db, plan.client.fields.caseNumber)) {
    throw caseNumberConflict();
  }
}

/**
 * Stores a read bundle as a new client of the importing therapist, all in one transaction: the
 * client, each member with its revisions, each measure scored by the domain (scoredColumns) with its
 * first revision, and the audit events. Any failure stores nothing.
 */
export function importClient(db: Kysely<Database>, actor: Actor, audit: Audit, plan: FhirImportPlan): Promise<FhirImportResult> {
  return conflictOnUniqueViolation(
    () =>
      db.transaction().execute(async (trx) => {
        await assertCaseNumberFree(trx, plan);
        const clientId = uuidv7();
        const now = actor.now.toISOString();
        const stamps = { created_at: now, created_by: actor.user.id, updated_at: now, updated_by: actor.user.id };
        const { fields, status, dischargedOn, dischargeReason } = plan.client;
        await insertClient(
          trx,
          {
            id: clientId,
            preferred_name: fields.preferredName,
            legal_name: fields.legalName,
            date_of_birth: fields.dateOfBirth,
            case_number: fields.caseNumber,
            pronouns: fields.pronouns,
            treatment_start: fields.treatmentStart,
            status,
            discharged_on: dischargedOn,
            discharge_reason: dischargeReason,
            family_consent: fields.familyConsent,
            therapist_id: actor.user.id,
            version: 1,
            ...stamps,
          },
          fields.primaryConcerns,
        );
        await audit({ action: 'import', recordType: 'client', recordId: clientId, outcome: 'success' }, trx);
        for (const facts of plan.members) {
          await insertMember(trx, clientId, facts, now, actor.user.id, audit);
        }
        for (const measure of plan.measures) {
          await insertMeasure(trx, clientId, measure, stamps, actor.user.id, audit);
        }
        await refreshMeasureStatus(trx, clientId);
        return { clientId, members: plan.members.length, measures: plan.measures.length };
      }),
    caseNumberConflict,
  );
}

/** As if created and, when the bundle says so, later ended: revision 1 from its start, revision 2 from its end. */
async function insertMember(trx: Kysely<Database>, clientId: string, facts: NetworkMemberFacts, now: string, userId: string, audit: Audit): Promise<void> {
  const memberId = uuidv7();
  const first: NetworkMemberFacts = { ...facts, endedOn: null, endReason: null };
  const version = facts.endedOn ? 2 : 1;
  await trx
    .insertInto('network_members')
    .values({ id: memberId, client_id: clientId, ...columnsOf(facts), version, created_at: now, created_by: userId, updated_at: now, updated_by: userId })
    .execute();
  await appendMemberRevision(trx, { memberId, clientId, version: 1, effectiveOn: facts.activeFrom, recordedAt: now, recordedBy: userId, facts: first });
  if (facts.endedOn) {
    await appendMemberRevision(trx, { memberId, clientId, version: 2, effectiveOn: facts.endedOn, recordedAt: now, recordedBy: userId, facts });
  }
  await audit({ action: 'import', recordType: 'network-member', recordId: memberId, outcome: 'success' }, trx);
}

async function insertMeasure(
  trx: Kysely<Database>,
  clientId: string,
  measure: ImportedMeasure,
  stamps: { created_at: string; created_by: string; updated_at: string; updated_by: string },
  userId: string,
  audit: Audit,
): Promise<void> {
  const id = uuidv7();
  await trx
    .insertInto('measures')
    .values({
      id,
      client_id: clientId,
      instrument: measure.instrument,
      administered_on: measure.administeredOn,
      completed_by: measure.completedBy,
      ...scoredColumns(measure.instrument, measure.answers),
      // An amended response stays marked as corrected; its earlier versions stayed with the clinic that wrote it.
      amended: measure.amended ? 1 : 0,
      version: 1,
      ...stamps,
    })
    .execute();
  await appendMeasureRevision(trx, (await loadMeasure(trx, clientId, id))!, userId, measure.amended ? 'Imported as amended' : null);
  await audit({ action: 'import', recordType: 'measure', recordId: id, outcome: 'success' }, trx);
}
