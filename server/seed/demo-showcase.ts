import type { Insertable } from 'kysely';
import type { InstrumentCode } from '@domain/measures/instrument';
import { instrumentOf } from '@domain/measures/instrument-catalog';
import type { MeasureResponse } from '@domain/measures/measure';
import { PUBLISHED_CLINIC_NORMS } from '@domain/measures/reliable-change';
import type { NetworkMemberFacts } from '@domain/network/network-member';
import type { MeasuresTable, NewClientRow, NewUserRow } from '../db/database';
import { measurePointOf, measureStatusRow } from '../measures/measure-status';
import type { DemoClientRecord } from './demo-clients';
import type { DemoMeasures } from './demo-measures';
import type { DemoNetwork } from './demo-network';

/** UCLA-3 answers: hardly ever lonely (3), then often lonely (8): a reliable decline on any norm the demo can reach. */
const BEFORE = [1, 1, 1];
const AFTER = [3, 3, 2];

const DAY = 86_400_000;
const midpoint = (from: string, to: string) =>
  new Date((Date.parse(`${from}T00:00:00Z`) + Date.parse(`${to}T00:00:00Z`)) / 2).toISOString().slice(0, 10);

export interface ShowcaseParts {
  readonly therapist: NewUserRow;
  readonly clients: readonly DemoClientRecord[];
  readonly networks: DemoNetwork[];
  readonly measures: DemoMeasures[];
  readonly newId: () => string;
}

/**
 * Makes sure the demo shows "what changed in the network" (#17): in the therapist's first active
 * client with two UCLA-3 measures, a supportive tie turns strained between the last two, and
 * loneliness rises reliably across them. Rewrites that client's records in place (its tie's new
 * revision, the two measures, the stored status), so no other client and no random draw changes.
 * Returns the client's id, or null when no client fits.
 */
export function addNetworkChangeShowcase({ therapist, clients, networks, measures, newId }: ShowcaseParts): string | null {
  for (const [index, { client }] of clients.entries()) {
    if (client.therapist_id !== therapist.id || client.status !== 'active') {
      continue;
    }
    const ucla = measures[index].measures
      .filter((row) => row.instrument === 'ucla-3')
      .sort((a, b) => a.administered_on.localeCompare(b.administered_on));
    const [earlier, later] = ucla.slice(-2);
    if (!earlier || !later || Date.parse(later.administered_on) - Date.parse(earlier.administered_on) < 2 * DAY) {
      continue;
    }
    const network = networks[index];
    const member = network.members.find(
      (row) => row.version === 1 && row.tie_quality === 'supportive' && row.active_from! <= earlier.administered_on && !row.ended_on,
    );
    if (!member) {
      continue;
    }
    const changedOn = midpoint(earlier.administered_on, later.administered_on);
    strainTie(network, client, member.id!, changedOn, newId);
    rescore(measures[index], earlier, BEFORE);
    rescore(measures[index], later, AFTER);
    const points = measures[index].measures.map(measurePointOf);
    measures[index] = { ...measures[index], status: measureStatusRow(client.id, points, PUBLISHED_CLINIC_NORMS) };
    return client.id;
  }
  return null;
}

function strainTie(network: DemoNetwork, client: NewClientRow, memberId: string, changedOn: string, newId: () => string): void {
  const member = network.members.find((row) => row.id === memberId)!;
  const first = network.revisions.find((row) => row.member_id === memberId && row.version === 1)!;
  const facts: NetworkMemberFacts = { ...(JSON.parse(first.facts) as NetworkMemberFacts), tieQuality: 'strained' };
  const recordedAt = `${changedOn}T12:00:00.000Z`;
  network.revisions.push({
    id: newId(),
    member_id: memberId,
    client_id: client.id,
    version: 2,
    effective_on: changedOn,
    recorded_at: recordedAt,
    recorded_by: client.therapist_id,
    facts: JSON.stringify(facts),
  });
  Object.assign(member, { tie_quality: 'strained', version: 2, updated_at: recordedAt, updated_by: client.therapist_id });
}

function rescore(demo: DemoMeasures, row: Insertable<MeasuresTable>, answers: readonly number[]): void {
  const scores = instrumentOf(row.instrument as InstrumentCode).score(answers);
  Object.assign(row, { answers: JSON.stringify(answers), total: scores.total, subscales: JSON.stringify(scores.subscales), band: scores.band });
  const revision = demo.revisions.find((candidate) => candidate.measure_id === row.id)!;
  const snapshot = JSON.parse(revision.snapshot) as MeasureResponse;
  revision.snapshot = JSON.stringify({ ...snapshot, answers, scores });
}
