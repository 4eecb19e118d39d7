import type { Kysely } from 'kysely';
import { FAMILY_SESSION_GAP_DAYS, type CaseloadIndicators } from '@domain/clients/caseload-indicators';
import { todayIsoDate } from '@domain/common/iso-date';
import { summarizeNetwork } from '@domain/network/network-summary';
import type { AppConfig } from '../config';
import type { Database } from '../db/database';
import { indicatorsFromStatus, measureStatusOf } from '../measures/measure-status';
import { summaryFactsOfClients } from '../network/network-repository';
import type { ClientRowWithTherapist } from './client-mapping';

/**
 * Indicator columns for one caseload page: four grouped queries for the whole page, never one per
 * row. Network figures come from the shared summary code, so Overview and caseload agree.
 */
export async function caseloadIndicators(
  db: Kysely<Database>,
  clients: readonly ClientRowWithTherapist[],
  config: Pick<AppConfig, 'now' | 'reassessmentDays'>,
): Promise<Map<string, CaseloadIndicators>> {
  const now = config.now();
  const ids = clients.map((client) => client.id);
  const result = new Map<string, CaseloadIndicators>();
  if (ids.length === 0) {
    return result;
  }
  const nowIso = now.toISOString();
  const [members, measureStatus, next, last] = await Promise.all([
    summaryFactsOfClients(db, ids, todayIsoDate(now)),
    measureStatusOf(db, ids),
    db
      .selectFrom('family_sessions')
      .select(['client_id', (eb) => eb.fn.min('starts_at').as('at')])
      .where('client_id', 'in', ids)
      .where('status', '=', 'planned')
      .where('starts_at', '>=', nowIso)
      .groupBy('client_id')
      .execute(),
    db
      .selectFrom('family_sessions')
      .select(['client_id', (eb) => eb.fn.max('starts_at').as('at')])
      .where('client_id', 'in', ids)
      .where('status', '=', 'completed')
      .groupBy('client_id')
      .execute(),
  ]);
  const nextByClient = new Map(next.map((row) => [row.client_id, row.at]));
  const lastByClient = new Map(last.map((row) => [row.client_id, row.at]));
  const today = todayIsoDate(now);
  const gapStart = new Date(now.getTime() - FAMILY_SESSION_GAP_DAYS * 86_400_000).toISOString();
  for (const client of clients) {
    const summary = summarizeNetwork(members.get(client.id) ?? [], today);
    const lastAt = lastByClient.get(client.id) ?? null;
    const consenting = client.family_consent === 'granted' || client.family_consent === 'partial';
    result.set(client.id, {
      network: {
        activeMembers: summary.activeMembers,
        supportGaps: summary.supportGaps,
        consentsExpiringSoon: summary.consentsExpiringSoon,
        consentsExpired: summary.consentsExpired,
      },
      nextSessionAt: nextByClient.get(client.id) ?? null,
      lastFamilySessionAt: lastAt,
      noRecentFamilySession:
        client.status === 'active' && consenting && `${client.treatment_start}T00:00:00.000Z` <= gapStart && (lastAt === null || lastAt < gapStart),
      measures: indicatorsFromStatus(measureStatus.get(client.id), client, config),
    });
  }
  return result;
}
