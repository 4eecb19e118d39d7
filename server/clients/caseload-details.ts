import { type Kysely, sql } from 'kysely';
import { FAMILY_SESSION_GAP_DAYS, type CaseloadIndicators } from '@domain/clients/caseload-indicators';
import { PRIMARY_CONCERN_CODES, type PrimaryConcern } from '@domain/clients/client-codes';
import { todayIsoDate } from '@domain/common/iso-date';
import type { AppConfig } from '../config';
import { codeBitOf, codesFromBits } from '../db/code-bits';
import { compiledOnce } from '../db/compiled-once';
import type { Database, Flag } from '../db/database';
import { flagBit, whereRiskUnreviewed } from '../measures/flag-sql';
import { indicatorsFromStatus } from '../measures/measure-status';
import { networkCountsQuery, toNetworkCounts } from '../network/network-counts-query';
import { considerReferralSql } from '../referrals/consider-referral-sql';
import { referralFollowUpDueSql } from '../referrals/referral-flag-sql';
import type { CaseloadClientRow } from './client-mapping';

/** What a caseload row shows beyond the client's own columns. */
export interface CaseloadDetails {
  readonly concerns: readonly PrimaryConcern[];
  readonly indicators: CaseloadIndicators;
}

/**
 * Concerns and indicator columns for one caseload page in a single query: the concerns (as code
 * bits, see code-bits.ts), the stored measure status, the network counts (network-counts-query.ts)
 * the next and last family session and unseen self-reports; never one query per row. Each query costs a page about
 * as much again as the SQL it runs, so the page has one query for these rather than five.
 */
export async function caseloadDetails(
  db: Kysely<Database>,
  clients: readonly CaseloadClientRow[],
  config: Pick<AppConfig, 'now' | 'reassessmentDays'>,
): Promise<Map<string, CaseloadDetails>> {
  const result = new Map<string, CaseloadDetails>();
  if (clients.length === 0) {
    return result;
  }
  const now = config.now();
  const ids = clients.map((client) => client.id);
  const { rows } = await detailsQueryFor(todayIsoDate(now), ids.length)(db, now.toISOString(), ...paddedIds(ids));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const context = detailsContext(now, config.reassessmentDays);
  for (const client of clients) {
    const row = byId.get(client.id);
    if (row) {
      result.set(client.id, toCaseloadDetails(row, client, context));
    }
  }
  return result;
}

/**
 * Kysely rebuilds and recompiles a query on every call, and this one, the caseload's largest, took
 * about a tenth of a page's time that way. It is compiled once per day and page length instead
 * (compiled-once.ts): the day is written in (its cut-off dates are derived from it), the moment and
 * the ids are the values. Ids come in slots of 25, a shorter page padding its list with ''
 * (no client has that id), so a day compiles at most four shapes.
 */
const ID_SLOTS = 25;
let compiledDay = '';
const compiledForDay = new Map<number, ReturnType<typeof compileDetailsQuery>>();

function detailsQueryFor(today: string, idCount: number) {
  if (today !== compiledDay) {
    compiledDay = today;
    compiledForDay.clear();
  }
  const slots = slotsFor(idCount);
  let query = compiledForDay.get(slots);
  if (!query) {
    query = compileDetailsQuery(today);
    compiledForDay.set(slots, query);
  }
  return query;
}

function compileDetailsQuery(today: string) {
  return compiledOnce((db, nowIso: string, ...ids: string[]) => caseloadDetailsQuery(db, ids, nowIso, today));
}

const slotsFor = (idCount: number) => Math.ceil(idCount / ID_SLOTS) * ID_SLOTS;

function paddedIds(ids: readonly string[]): string[] {
  return [...ids, ...Array<string>(slotsFor(ids.length) - ids.length).fill('')];
}

/** One row per client: concern bits, stored measure status, network counts, next and last session. */
export function caseloadDetailsQuery(db: Kysely<Database>, ids: readonly string[], nowIso: string, today: string) {
  return db
    .selectFrom('clients')
    .leftJoin('client_measure_status as measure_status', 'measure_status.client_id', 'clients.id')
    .leftJoin(networkCountsQuery(db, ids, today).as('network'), 'network.client_id', 'clients.id')
    .select((eb) => [
      'clients.id',
      'measure_status.last_measured_on',
      'measure_status.isolation_risk',
      'measure_status.low_perceived_support',
      'measure_status.loneliness',
      'measure_status.decline',
      'measure_status.decline_since_first',
      'measure_status.mspss_band',
      'measure_status.latest',
      'network.active_members',
      'network.covered_support_bits',
      'network.consents_expiring',
      'network.consents_expired',
      eb
        .selectFrom('client_concerns')
        .select(sql<number>`sum(${codeBitOf('client_concerns.concern', PRIMARY_CONCERN_CODES)})`.as('bits'))
        .whereRef('client_concerns.client_id', '=', 'clients.id')
        .as('concern_bits'),
      eb
        .selectFrom('family_sessions')
        .select((session) => session.fn.min('family_sessions.starts_at').as('at'))
        .whereRef('family_sessions.client_id', '=', 'clients.id')
        .where('family_sessions.status', '=', 'planned')
        .where('family_sessions.starts_at', '>=', nowIso)
        .as('next_session_at'),
      eb
        .selectFrom('family_sessions')
        .select((session) => session.fn.max('family_sessions.starts_at').as('at'))
        .whereRef('family_sessions.client_id', '=', 'clients.id')
        .where('family_sessions.status', '=', 'completed')
        .as('last_session_at'),
      eb
        .selectFrom('self_report_requests')
        .select((request) => request.fn.countAll().as('n'))
        .whereRef('self_report_requests.client_id', '=', 'clients.id')
        .where('self_report_requests.kind', '=', 'measures')
        .where('self_report_requests.answered_at', 'is not', null)
        .where('self_report_requests.seen_at', 'is', null)
        .as('unseen_self_reports'),
      flagBit(referralFollowUpDueSql(eb, today)).as('referral_follow_up_due'),
      flagBit(considerReferralSql(eb, today)).as('consider_referral'),
      whereRiskUnreviewed(
        eb
          .selectFrom('family_sessions')
          .select((session) => session.fn.countAll().as('n'))
          .whereRef('family_sessions.client_id', '=', 'clients.id'),
      ).as('unreviewed_risks'),
    ])
    .where('clients.id', 'in', [...ids]);
}

type CaseloadDetailsRow = Awaited<ReturnType<ReturnType<typeof caseloadDetailsQuery>['execute']>>[number];

/** What "today" means for one page's date-dependent columns, worked out once per page. */
interface DetailsContext {
  readonly today: string;
  readonly reassessmentDays: number;
  /** ISO timestamp: a completed family session before it is too long ago. */
  readonly familySessionGapStart: string;
}

function detailsContext(now: Date, reassessmentDays: number): DetailsContext {
  return {
    today: todayIsoDate(now),
    reassessmentDays,
    familySessionGapStart: new Date(now.getTime() - FAMILY_SESSION_GAP_DAYS * 86_400_000).toISOString(),
  };
}

function toCaseloadDetails(row: CaseloadDetailsRow, client: CaseloadClientRow, context: DetailsContext): CaseloadDetails {
  const lastAt = row.last_session_at ?? null;
  const consenting = client.family_consent === 'granted' || client.family_consent === 'partial';
  const gapStart = context.familySessionGapStart;
  const storedStatus =
    row.latest === null
      ? undefined
      : {
          last_measured_on: row.last_measured_on,
          isolation_risk: (row.isolation_risk ?? 0) as Flag,
          low_perceived_support: (row.low_perceived_support ?? 0) as Flag,
          loneliness: (row.loneliness ?? 0) as Flag,
          decline: (row.decline ?? 0) as Flag,
          decline_since_first: (row.decline_since_first ?? 0) as Flag,
          mspss_band: row.mspss_band,
          latest: row.latest,
        };
  return {
    concerns: codesFromBits(row.concern_bits, PRIMARY_CONCERN_CODES),
    indicators: {
      network: toNetworkCounts(row),
      nextSessionAt: row.next_session_at ?? null,
      lastFamilySessionAt: lastAt,
      noRecentFamilySession:
        client.status === 'active' && consenting && `${client.treatment_start}T00:00:00.000Z` <= gapStart && (lastAt === null || lastAt < gapStart),
      measures: indicatorsFromStatus(storedStatus, client, context, Number(row.unreviewed_risks ?? 0) > 0),
      // PostgreSQL counts arrive as text.
      newSelfReport: Number(row.unseen_self_reports ?? 0) > 0,
      referralFollowUpDue: Number(row.referral_follow_up_due) === 1,
      considerReferral: Number(row.consider_referral) === 1,
    },
  };
}
