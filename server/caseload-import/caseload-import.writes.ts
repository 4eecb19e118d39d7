import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { CaseloadImportRequest, CaseloadImportResult } from '@domain/clients/caseload-import';
import type { Actor } from '../access/actor';
import { assignableTherapists } from '../access/client-access';
import type { Audit } from '../audit/audit-log';
import { insertClient } from '../clients/clients.repository';
import type { Database } from '../db/database';
import { conflictOnUniqueViolation } from '../db/unique-violation';
import { HttpProblem } from '../http/http-problem';
import { type CaseloadReading, readCaseload } from './caseload-csv';

/** Reads and checks a caseload file against the clinic as it is now (therapists, case numbers). */
export async function checkCaseload(db: Kysely<Database>, actor: Actor, csv: string): Promise<CaseloadReading> {
  const therapists = await db.selectFrom('users').select(['id', 'email']).where(assignableTherapists(actor.user)).execute();
  const taken = await db.selectFrom('clients').select('case_number').execute();
  const takenSet = new Set(taken.map((row) => row.case_number.toLowerCase()));
  return readCaseload(csv, {
    therapists: new Map(therapists.map((therapist) => [therapist.email.toLowerCase(), therapist.id])),
    caseNumberTaken: (caseNumber) => takenSet.has(caseNumber.toLowerCase()),
  });
}

const invalidFile = (errors: readonly { field: string; message: string }[]) => HttpProblem.badRequest(errors, 'The file cannot be imported; nothing was stored.');

/**
 * Stores a caseload in one transaction, checked again inside it. `all`: nothing unless every row is
 * valid (400 naming each row and column). `valid-only`: the valid rows, the others left out and
 * listed. A case number taken meanwhile by someone else fails the whole transaction (409).
 */
export function importCaseload(db: Kysely<Database>, actor: Actor, audit: Audit, request: CaseloadImportRequest): Promise<CaseloadImportResult> {
  const conflict = () => HttpProblem.conflict('A case number in the file was taken while importing; nothing was stored. Preview again.');
  return conflictOnUniqueViolation(
    () =>
      db.transaction().execute(async (trx) => {
        const reading = await checkCaseload(trx, actor, request.csv);
        if ('errors' in reading) {
          throw invalidFile(reading.errors);
        }
        const invalid = reading.rows.filter((row) => !row.client);
        if (request.mode === 'all' && invalid.length > 0) {
          throw invalidFile(invalid.flatMap((row) => row.errors.map((error) => ({ field: `row ${row.row}.${error.column}`, message: error.message }))));
        }
        const now = actor.now.toISOString();
        let imported = 0;
        for (const { client } of reading.rows) {
          if (!client) {
            continue;
          }
          const id = uuidv7();
          await insertClient(
            trx,
            {
              id,
              preferred_name: client.preferredName,
              legal_name: client.legalName,
              date_of_birth: client.dateOfBirth,
              case_number: client.caseNumber,
              pronouns: client.pronouns,
              treatment_start: client.treatmentStart,
              status: 'active',
              discharged_on: null,
              discharge_reason: null,
              family_consent: client.familyConsent,
              therapist_id: client.therapistId,
              version: 1,
              created_at: now,
              created_by: actor.user.id,
              updated_at: now,
              updated_by: actor.user.id,
            },
            client.primaryConcerns,
          );
          await audit({ action: 'import', recordType: 'client', recordId: id, outcome: 'success' }, trx);
          imported++;
        }
        return { imported, skippedRows: invalid.map((row) => row.row) };
      }),
    conflict,
  );
}
