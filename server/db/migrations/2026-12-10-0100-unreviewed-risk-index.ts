import { type Kysely, sql } from 'kysely';

/**
 * The risk flag asks, for every listed client, whether any family session has risk concerns not yet
 * reviewed (server/measures/flag-sql.ts, whereRiskUnreviewed). With only the (client, time) index
 * that meant reading every session of every client on the caseload and the team dashboard; this
 * index holds only the flag-raising sessions, which are few, so each question is one lookup
 * (15 ms → 0.3 ms for 1,000 clients on SQLite). Its conditions are whereRiskUnreviewed's; an engine
 * uses a partial index only when the query's conditions imply them (risk-flag-index.spec.ts).
 */
// Frozen in time: never imports domain types; runs unchanged on SQLite and PostgreSQL.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index family_sessions_unreviewed_risk_idx on family_sessions (client_id) where risk_concerns <> '' and risk_reviewed_at is null`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('family_sessions_unreviewed_risk_idx').execute();
}
