import { type Kysely, sql } from 'kysely';
import { addDays } from '@domain/common/iso-date';
import { CONSENT_EXPIRY_WARNING_DAYS } from '@domain/network/consent-state';
import { SUPPORT_TYPE_CODES, type SupportType } from '@domain/network/network-codes';
import { codeBit, codesFromBits } from '../db/code-bits';
import type { Database } from '../db/database';

/** The caseload's network columns for one client, as counted in SQL. */
export interface NetworkCounts {
  readonly activeMembers: number;
  readonly supportGaps: readonly SupportType[];
  readonly consentsExpiringSoon: number;
  readonly consentsExpired: number;
}

/**
 * The SQL twin of summarizeNetwork's caseload figures, one row per client with active members:
 * how many, which support types a strong supportive tie gives (as code bits, see code-bits.ts),
 * and how many consents expire soon or have expired. Summing in SQL spares a caseload page
 * from fetching every member's facts (about 200 rows) to count them in JavaScript, which cost more
 * than the rest of the page. network-counts-query.spec.ts holds it equal to summarizeNetwork.
 */
export function networkCountsQuery(db: Kysely<Database>, clientIds: readonly string[], today: string) {
  const expiringBy = addDays(today, CONSENT_EXPIRY_WARNING_DAYS);
  const givenBy = sql<boolean>`consent_status = 'granted' and (consent_given_on is null or consent_given_on <= ${today}) and consent_expires_on is not null`;
  const coveredBits = SUPPORT_TYPE_CODES.map(
    (type) =>
      sql<number>`max(case when tie_strength = 'strong' and tie_quality = 'supportive' and (',' || support_types || ',') like ${sql.lit(`%,${type},%`)} then ${sql.lit(codeBit(SUPPORT_TYPE_CODES, type))} else 0 end)`,
  );
  return db
    .selectFrom('network_members')
    .select((eb) => [
      'client_id',
      eb.fn.countAll<number | string>().as('active_members'),
      sql<number | string>`${sql.join(coveredBits, sql` + `)}`.as('covered_support_bits'),
      sql<number | string>`sum(case when ${givenBy} and consent_expires_on >= ${today} and consent_expires_on <= ${expiringBy} then 1 else 0 end)`.as(
        'consents_expiring',
      ),
      sql<number | string>`sum(case when ${givenBy} and consent_expires_on < ${today} then 1 else 0 end)`.as('consents_expired'),
    ])
    .where('client_id', 'in', [...clientIds])
    .where('active_from', '<=', today)
    .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>', today)]))
    .groupBy('client_id');
}

/** The figures of one row of networkCountsQuery; a client with no active member has no row (null). */
export function toNetworkCounts(row: {
  active_members: number | string | null;
  covered_support_bits: number | string | null;
  consents_expiring: number | string | null;
  consents_expired: number | string | null;
}): NetworkCounts {
  // PostgreSQL returns count(*) and sum() as strings (bigint); SQLite as numbers.
  const covered = codesFromBits(row.covered_support_bits, SUPPORT_TYPE_CODES);
  return {
    activeMembers: Number(row.active_members ?? 0),
    supportGaps: SUPPORT_TYPE_CODES.filter((type) => !covered.includes(type)),
    consentsExpiringSoon: Number(row.consents_expiring ?? 0),
    consentsExpired: Number(row.consents_expired ?? 0),
  };
}
