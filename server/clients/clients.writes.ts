import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Client, ClientAssignment } from '@domain/clients/client';
import type {
  ChangeClientStatusRequest,
  CreateClientRequest,
  ReassignClientRequest,
  UpdateClientRequest,
} from '@domain/clients/client-requests';
import type { Actor } from '../access/actor';
import type { Audit } from '../audit/audit-log';
import { assignableTherapists, type ClientAccess, clientScope, readsClinicalContent } from '../access/client-access';
import type { ClientUpdate, Database, UserRow } from '../db/database';
import { HttpProblem } from '../http/http-problem';
import { assignmentOf, changedClientFields, toClient } from './client-mapping';
import { findClient } from '../access/scoped-client';
import { caseNumberTaken, concernsOf, insertClient, replaceConcerns } from './clients.repository';
import { requireClientAccess } from '../access/client-guard';
import { conflictOnUniqueViolation } from '../db/unique-violation';
import { assertVersionedUpdate, recordToEdit } from '../db/versioned-edit';
import { withdrawOpenRequests } from '../self-report/self-report.writes';

/** What a 409 may show this user of the current record: admins see assignment facts only. */
function visibleTo(user: UserRow, client: Client): Client | ClientAssignment {
  return readsClinicalContent(user) ? client : assignmentOf(client);
}

interface ClientChange {
  readonly columns: ClientUpdate;
  readonly concerns?: readonly string[];
}

const CASE_NUMBER_TAKEN = [{ field: 'caseNumber', message: 'Another client already has this case number.' }];
const caseNumberConflict = () => HttpProblem.conflict('Case numbers are unique in the clinic.', CASE_NUMBER_TAKEN);

/** Reads one client the user may access in the given way, with its concerns, or answers 404. */
export async function loadClient(db: Kysely<Database>, user: UserRow, id: string, access: ClientAccess): Promise<Client | undefined> {
  const row = await findClient(db, user, id, access);
  if (!row) {
    return undefined;
  }
  return toClient(row, (await concernsOf(db, [id])).get(id) ?? []);
}

/** A case number taken by a concurrent create (PostgreSQL lets both checks pass) is the same 409 as one taken before. */
export function createClient(db: Kysely<Database>, actor: Actor, audit: Audit, body: CreateClientRequest): Promise<Client> {
  return conflictOnUniqueViolation(() => insertNewClient(db, actor, audit, body), caseNumberConflict);
}

async function insertNewClient(db: Kysely<Database>, actor: Actor, audit: Audit, body: CreateClientRequest): Promise<Client> {
  const { user } = actor;
  const now = actor.now.toISOString();
  const id = uuidv7();
  return db.transaction().execute(async (trx) => {
    if (await caseNumberTaken(trx, body.caseNumber)) {
      throw caseNumberConflict();
    }
    await insertClient(
      trx,
      {
        id,
        preferred_name: body.preferredName,
        legal_name: body.legalName,
        date_of_birth: body.dateOfBirth,
        case_number: body.caseNumber,
        pronouns: body.pronouns,
        treatment_start: body.treatmentStart,
        status: 'active',
        discharged_on: null,
        discharge_reason: null,
        family_consent: body.familyConsent,
        therapist_id: user.id,
        version: 1,
        created_at: now,
        created_by: user.id,
        updated_at: now,
        updated_by: user.id,
      },
      body.primaryConcerns,
    );
    await audit({ action: 'create', recordType: 'client', recordId: id, outcome: 'success' }, trx);
    return (await loadClient(trx, user, id, 'write'))!;
  });
}

/**
 * Applies a change to a client only if it is still at the version the change was based on:
 * otherwise 409 with the current record (or 404 outside the user's scope). One transaction holds
 * the client, its concerns and the audit event.
 */
async function writeVersioned(
  db: Kysely<Database>,
  actor: Actor,
  audit: Audit,
  id: string,
  access: ClientAccess,
  version: number,
  action: string,
  change: (before: Client, trx: Kysely<Database>) => ClientChange | Promise<ClientChange>,
): Promise<Client> {
  const { user } = actor;
  await requireClientAccess(db, actor, audit, id, access, 'client');
  return db.transaction().execute(async (trx) => {
    const shown = (client: Client) => visibleTo(user, client);
    const before = await recordToEdit(() => loadClient(trx, user, id, access), version, shown);
    const { columns, concerns } = await change(before, trx);
    const result = await trx
      .updateTable('clients')
      .set({ ...columns, version: version + 1, updated_at: actor.now.toISOString(), updated_by: user.id })
      .where('id', '=', id)
      .where('version', '=', version)
      .where(clientScope(user, access))
      .executeTakeFirst();
    await assertVersionedUpdate(result, () => loadClient(trx, user, id, access), shown);
    if (concerns) {
      await replaceConcerns(trx, id, concerns);
    }
    const after = (await loadClient(trx, user, id, access))!;
    await audit(
      { action, recordType: 'client', recordId: id, outcome: 'success', fields: changedClientFields(before, after) },
      trx,
    );
    return after;
  });
}

export function updateClient(db: Kysely<Database>, actor: Actor, audit: Audit, id: string, body: UpdateClientRequest): Promise<Client> {
  return conflictOnUniqueViolation(() => writeUpdate(db, actor, audit, id, body), caseNumberConflict);
}

function writeUpdate(db: Kysely<Database>, actor: Actor, audit: Audit, id: string, body: UpdateClientRequest): Promise<Client> {
  return writeVersioned(db, actor, audit, id, 'write', body.version, 'update', async (before, trx) => {
    if (await caseNumberTaken(trx, body.caseNumber, id)) {
      throw caseNumberConflict();
    }
    if (before.dischargedOn && body.treatmentStart > before.dischargedOn) {
      throw HttpProblem.badRequest([{ field: 'treatmentStart', message: 'Cannot be after the discharge date.' }]);
    }
    return {
      columns: {
        preferred_name: body.preferredName,
        legal_name: body.legalName,
        date_of_birth: body.dateOfBirth,
        case_number: body.caseNumber,
        pronouns: body.pronouns,
        treatment_start: body.treatmentStart,
        family_consent: body.familyConsent,
      },
      concerns: body.primaryConcerns,
    };
  });
}

export function changeClientStatus(db: Kysely<Database>, actor: Actor, audit: Audit, id: string, body: ChangeClientStatusRequest): Promise<Client> {
  return writeVersioned(db, actor, audit, id, 'write', body.version, 'status-change', async (before, trx) => {
    if (body.status === 'discharged' && body.dischargedOn! < before.treatmentStart) {
      throw HttpProblem.badRequest([{ field: 'dischargedOn', message: 'Cannot be before the treatment start.' }]);
    }
    const discharged = body.status === 'discharged';
    if (discharged) {
      // Discharge ends every open self-report link and so every repeating series.
      await withdrawOpenRequests(trx, id, actor.user.id, actor.now);
    }
    return {
      columns: {
        status: body.status,
        discharged_on: discharged ? body.dischargedOn : null,
        discharge_reason: discharged ? body.dischargeReason : null,
      },
    };
  });
}

export function reassignClient(db: Kysely<Database>, actor: Actor, audit: Audit, id: string, body: ReassignClientRequest): Promise<Client> {
  const { user } = actor;
  return writeVersioned(db, actor, audit, id, 'assign', body.version, 'reassign', async (_before, trx) => {
    const target = await trx
      .selectFrom('users')
      .select('id')
      .where('users.id', '=', body.therapistId)
      .where(assignableTherapists(user))
      .executeTakeFirst();
    if (!target) {
      throw HttpProblem.badRequest([{ field: 'therapistId', message: 'Not an active therapist you may assign clients to.' }]);
    }
    return { columns: { therapist_id: body.therapistId } };
  });
}
