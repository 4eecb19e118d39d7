import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { CaseloadFlag } from '@domain/clients/caseload-flags';
import type { CaseloadQuery } from '@domain/clients/client-requests';
import { clientScope } from '../access/client-access';
import type { Database, NewClientRow, UserRow } from '../db/database';
import { type ClientWithStatus, type FlagDate, flagBit, measureFlagSql, measureSeveritySql } from '../measures/flag-sql';
import { referralFollowUpDueSql } from '../referrals/referral-flag-sql';
import { CASELOAD_CLIENT_COLUMNS, type CaseloadClientRow } from './client-mapping';

const SORT_COLUMNS = {
  preferredName: 'clients.preferred_name',
  caseNumber: 'clients.case_number',
  treatmentStart: 'clients.treatment_start',
  status: 'clients.status',
} as const;

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
function containsPattern(search: string): string {
  return `%${search.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

type CaseloadScope = ClientWithStatus;

/** What "today" is for the caseload's date-dependent flags: the measures' reassessment rule and the referrals' follow-up. */
export interface CaseloadFlagDate extends FlagDate {
  /** YYYY-MM-DD. */
  readonly today: string;
}

/** Whether a client raises a caseload flag today (caseload-flags.ts), as a condition. */
function caseloadFlagSql(eb: CaseloadScope, flag: CaseloadFlag, asOf: CaseloadFlagDate): Expression<SqlBool> {
  return flag === 'referral-follow-up-due' ? referralFollowUpDueSql(eb, asOf.today) : measureFlagSql(eb, flag, asOf);
}

/**
 * Severity of the caseload flags: the measure flags' severity, then a referral's follow-up due as
 * the least severe bit (any measure flag outranks it; among equals, a referral to chase comes first).
 */
function caseloadSeveritySql(eb: CaseloadScope, asOf: CaseloadFlagDate) {
  return sql<number>`(${measureSeveritySql(eb, asOf)} * 2 + ${flagBit(referralFollowUpDueSql(eb, asOf.today))})`;
}

/** The caseload filters as one SQL condition, scope first (see access/client-access.ts). */
function caseloadFilter(user: UserRow, query: CaseloadQuery, asOf: CaseloadFlagDate) {
  return (eb: CaseloadScope) => {
    const conditions: Expression<SqlBool>[] = [clientScope(user, 'read')(eb)];
    if (query.status !== 'all') {
      conditions.push(eb('clients.status', '=', query.status));
    }
    if (query.concern !== 'all') {
      conditions.push(
        eb.exists(
          eb
            .selectFrom('client_concerns')
            .select('client_concerns.client_id')
            .whereRef('client_concerns.client_id', '=', 'clients.id')
            .where('client_concerns.concern', '=', query.concern),
        ),
      );
    }
    if (query.therapistId) {
      conditions.push(eb('clients.therapist_id', '=', query.therapistId));
    }
    if (query.flag !== 'all') {
      conditions.push(caseloadFlagSql(eb, query.flag, asOf));
    }
    if (query.search) {
      const pattern = containsPattern(query.search);
      conditions.push(
        eb.or([
          eb(sql`lower(clients.preferred_name)`, 'like', sql`${pattern} escape '\\'`),
          eb(sql`lower(clients.legal_name)`, 'like', sql`${pattern} escape '\\'`),
          eb(sql`lower(clients.case_number)`, 'like', sql`${pattern} escape '\\'`),
        ]),
      );
    }
    return eb.and(conditions);
  };
}

/** One page of the clients this user may read, filtered and sorted in SQL. */
export async function listClients(
  db: Kysely<Database>,
  user: UserRow,
  query: CaseloadQuery,
  asOf: CaseloadFlagDate,
): Promise<{ rows: CaseloadClientRow[]; total: number }> {
  const filter = caseloadFilter(user, query, asOf);
  // At most one measure-status row per client (its primary key), so the join never multiplies rows.
  const clientsQuery = db
    .selectFrom('clients')
    .innerJoin('users as therapist', 'therapist.id', 'clients.therapist_id')
    .leftJoin('client_measure_status', 'client_measure_status.client_id', 'clients.id')
    .select(CASELOAD_CLIENT_COLUMNS.map((column) => `clients.${column}` as const))
    .select('therapist.name as therapist_name');
  // The count needs measure status only to filter by flag; without it, it reads one index.
  const countQuery = db
    .selectFrom('clients')
    .$if(query.flag !== 'all', (builder) => builder.leftJoin('client_measure_status', 'client_measure_status.client_id', 'clients.id'));
  const [rows, count] = await Promise.all([
    clientsQuery
      .where(filter)
      .$if(query.sort === 'flags', (builder) => builder.orderBy((eb) => caseloadSeveritySql(eb, asOf), query.direction))
      .$if(query.sort !== 'flags', (builder) => builder.orderBy(SORT_COLUMNS[query.sort as Exclude<typeof query.sort, 'flags'>], query.direction))
      .orderBy('clients.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    countQuery.where(filter).select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.count) };
}

/** Concerns of several clients at once, so a page costs two queries, not one per row. */
export async function concernsOf(db: Kysely<Database>, clientIds: readonly string[]): Promise<Map<string, string[]>> {
  const byClient = new Map<string, string[]>(clientIds.map((id) => [id, []]));
  if (clientIds.length === 0) {
    return byClient;
  }
  const rows = await db
    .selectFrom('client_concerns')
    .select(['client_id', 'concern'])
    .where('client_id', 'in', [...clientIds])
    .execute();
  for (const row of rows) {
    byClient.get(row.client_id)?.push(row.concern);
  }
  return byClient;
}

export async function insertClient(db: Kysely<Database>, client: NewClientRow, concerns: readonly string[]): Promise<void> {
  await db.insertInto('clients').values(client).execute();
  await replaceConcerns(db, client.id, concerns);
}

export async function replaceConcerns(db: Kysely<Database>, clientId: string, concerns: readonly string[]): Promise<void> {
  await db.deleteFrom('client_concerns').where('client_id', '=', clientId).execute();
  if (concerns.length > 0) {
    await db
      .insertInto('client_concerns')
      .values(concerns.map((concern) => ({ client_id: clientId, concern })))
      .execute();
  }
}

export async function caseNumberTaken(db: Kysely<Database>, caseNumber: string, exceptId?: string): Promise<boolean> {
  let query = db.selectFrom('clients').select('id').where(sql`lower(case_number)`, '=', caseNumber.toLowerCase());
  if (exceptId) {
    query = query.where('id', '!=', exceptId);
  }
  return (await query.executeTakeFirst()) !== undefined;
}
