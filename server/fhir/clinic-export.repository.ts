import type { Kysely } from 'kysely';
import type { Database } from '../db/database';

/** Clients read per query while streaming: memory holds one page, never the clinic. */
export const CLINIC_EXPORT_PAGE = 500;

export interface AssignmentRow {
  readonly id: string;
  readonly preferred_name: string;
  readonly legal_name: string;
  readonly case_number: string;
  readonly status: 'active' | 'on-hold' | 'discharged';
  readonly therapist_id: string;
  readonly therapist_name: string;
}

/** Every client's assignment facts, page by page in id order (keyset, so each page is one indexed query). */
export async function* assignmentPages(db: Kysely<Database>): AsyncGenerator<AssignmentRow[]> {
  let after = '';
  for (;;) {
    const rows = await db
      .selectFrom('clients')
      .innerJoin('users', 'users.id', 'clients.therapist_id')
      .select(['clients.id', 'clients.preferred_name', 'clients.legal_name', 'clients.case_number', 'clients.status', 'clients.therapist_id', 'users.name as therapist_name'])
      .where('clients.id', '>', after)
      .orderBy('clients.id')
      .limit(CLINIC_EXPORT_PAGE)
      .execute();
    if (rows.length === 0) {
      return;
    }
    yield rows;
    after = rows.at(-1)!.id;
  }
}

/** Every therapist (clients' care managers), name only. */
export function therapists(db: Kysely<Database>): Promise<{ id: string; name: string }[]> {
  return db.selectFrom('users').select(['id', 'name']).where('role', '=', 'therapist').orderBy('id').execute();
}

export async function clientCount(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('clients').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
