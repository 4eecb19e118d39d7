import { type Expression, type ExpressionBuilder, type RawBuilder, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import { MEASURE_FLAG_CODES, type MeasureFlag, type ScoreFlag, reassessmentCutoff } from '@domain/measures/measure-flags';
import type { ClientMeasureStatusTable, Database } from '../db/database';

/**
 * The SQL twins of the domain's flag rules (domain/measures/measure-flags.ts), for lists that filter and
 * sort by flag in the database. Score flags are read from the status stored at write time (computed by
 * the domain's scoreIndicators); the date-dependent flag is the domain's reassessment rule as a
 * condition. flag-sql.spec.ts checks on generated clinics that both say the same.
 */

/** Where each score flag is stored (server/measures/measure-status.ts writes these columns). */
export const SCORE_FLAG_COLUMNS = {
  'isolation-risk': 'isolation_risk',
  'low-perceived-support': 'low_perceived_support',
  loneliness: 'loneliness',
  decline: 'decline',
  'decline-since-first': 'decline_since_first',
} as const satisfies Record<ScoreFlag, keyof ClientMeasureStatusTable>;

/** A client row joined (left) to its stored measure status. */
export type ClientWithStatus = ExpressionBuilder<Database, 'clients' | 'client_measure_status'>;

/** What "today" is for the date-dependent flag, as SQL compares dates. */
export interface FlagDate {
  /** YYYY-MM-DD: a client last measured (or, never measured, in treatment since) before this is overdue. */
  readonly reassessmentCutoff: string;
}

export function flagDateOf(today: string, reassessmentDays: number): FlagDate {
  return { reassessmentCutoff: reassessmentCutoff(today, reassessmentDays) };
}

/** The domain's reassessmentOverdue: active, and nothing measured since the cut-off. */
export function reassessmentOverdueSql(eb: ClientWithStatus, asOf: FlagDate): Expression<SqlBool> {
  return eb.and([
    eb('clients.status', '=', 'active'),
    eb(eb.fn.coalesce('client_measure_status.last_measured_on', 'clients.treatment_start'), '<', asOf.reassessmentCutoff),
  ]);
}

/**
 * The domain's raisesRiskFlag over the client's sessions: some session records risk concerns (stored
 * trimmed, so non-empty) that no clinician has reviewed yet.
 */
export function riskNotedSql(eb: ClientWithStatus): Expression<SqlBool> {
  return eb.exists(whereRiskUnreviewed(eb.selectFrom('family_sessions').select(sql.lit(1).as('one')).whereRef('family_sessions.client_id', '=', 'clients.id')));
}

/** Narrows a query over family sessions to those raising the risk flag (every reader uses this). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any selection over family_sessions
export function whereRiskUnreviewed<Query extends SelectQueryBuilder<Database, 'family_sessions', any>>(query: Query): Query {
  return query.where('family_sessions.risk_concerns', '!=', '').where('family_sessions.risk_reviewed_at', 'is', null) as Query;
}

/** Whether a client raises `flag` today, as a condition. */
export function measureFlagSql(eb: ClientWithStatus, flag: MeasureFlag, asOf: FlagDate): Expression<SqlBool> {
  if (flag === 'reassessment-overdue') {
    return reassessmentOverdueSql(eb, asOf);
  }
  if (flag === 'risk-noted') {
    return riskNotedSql(eb);
  }
  return eb(`client_measure_status.${SCORE_FLAG_COLUMNS[flag]}`, '=', 1);
}

/** 1 when the condition holds, else 0 (never null, so sums and comparisons stay simple). */
export function flagBit(condition: Expression<SqlBool>): RawBuilder<number> {
  return sql<number>`(case when ${condition} then 1 else 0 end)`;
}

/**
 * Severity of the raised flags as one number, from their bits in severity order (most severe first):
 * each flag outweighs every less severe one together, so sorting by it sorts by the worst flag first.
 */
export function severitySql(bitsInSeverityOrder: readonly RawBuilder<number>[]): RawBuilder<number> {
  const weighted = bitsInSeverityOrder.map((bit, index) => sql`${bit} * ${sql.lit(2 ** (bitsInSeverityOrder.length - 1 - index))}`);
  return sql<number>`(${sql.join(weighted, sql` + `)})`;
}

/** The flags a severity number stands for (its bits, most severe first), in the same order. */
export function flagsOfSeverity<Flag extends string>(flagsInSeverityOrder: readonly Flag[], severity: number): Flag[] {
  return flagsInSeverityOrder.filter((_, index) => Math.floor(severity / 2 ** (flagsInSeverityOrder.length - 1 - index)) % 2 === 1);
}

/** Severity of a client's measure flags, in the domain's MEASURE_FLAG_CODES order. */
export function measureSeveritySql(eb: ClientWithStatus, asOf: FlagDate): RawBuilder<number> {
  return severitySql(MEASURE_FLAG_CODES.map((flag) => flagBit(measureFlagSql(eb, flag, asOf))));
}
