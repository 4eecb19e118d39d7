import type { Insertable } from 'kysely';
import { INSTRUMENT_CODES, type InstrumentCode } from '@domain/measures/instrument';
import { instrumentOf } from '@domain/measures/instrument-catalog';
import type { MeasureResponse } from '@domain/measures/measure';
import type { ClientMeasureStatusTable, MeasureRevisionsTable, MeasuresTable, NewClientRow } from '../db/database';
import { PUBLISHED_CLINIC_NORMS } from '@domain/measures/reliable-change';
import { measurePointOf, measureStatusRow } from '../measures/measure-status';
import type { DemoNetwork } from './demo-network';
import type { SeededRandom } from './seeded-random';

const DAY = 86_400_000;

export interface DemoMeasures {
  readonly measures: Insertable<MeasuresTable>[];
  readonly revisions: Insertable<MeasureRevisionsTable>[];
  readonly status: Insertable<ClientMeasureStatusTable> | null;
}

/** How a client's social connection moves across treatment (0 = isolated, 1 = well connected). */
type Trajectory = { readonly from: number; readonly to: number };

function pickTrajectory(random: SeededRandom): Trajectory {
  const roll = random.next();
  if (roll < 0.62) {
    return { from: 0.2 + random.next() * 0.2, to: 0.6 + random.next() * 0.3 }; // improving
  }
  if (roll < 0.78) {
    return { from: 0.55 + random.next() * 0.2, to: 0.25 + random.next() * 0.15 }; // declining
  }
  if (roll < 0.9) {
    return { from: 0.08 + random.next() * 0.1, to: 0.1 + random.next() * 0.1 }; // isolated throughout
  }
  const level = 0.45 + random.next() * 0.3;
  return { from: level, to: level }; // steady
}

/** Supportive ties active on a date: the network's part in how connected the client is then. */
function supportiveTiesOn(network: DemoNetwork, date: string): number {
  return network.members.filter(
    (member) => member.active_from! <= date && (!member.ended_on || member.ended_on > date) && member.tie_quality === 'supportive',
  ).length;
}

/** Answers that score near `level` on the instrument's scale, item by item with noise. */
function answersAt(random: SeededRandom, instrument: InstrumentCode, level: number): number[] {
  const { items, responseOptions, higherIsBetter } = instrumentOf(instrument);
  const values = responseOptions.map((option) => option.value);
  const target = higherIsBetter ? level : 1 - level;
  return items.map(() => {
    const position = Math.min(1, Math.max(0, target + (random.next() - 0.5) * 0.3));
    return values[Math.round(position * (values.length - 1))];
  });
}

const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * Measures every 2–6 weeks across a demo client's treatment, following one trajectory (most improve,
 * some decline, a few stay isolated) pulled towards what the client's network looked like on each
 * date. A few active clients are left overdue for reassessment.
 */
export function generateDemoMeasures(random: SeededRandom, client: NewClientRow, network: DemoNetwork, now: Date): DemoMeasures {
  const trajectory = pickTrajectory(random);
  const start = Date.parse(`${client.treatment_start}T00:00:00Z`);
  const overdue = client.status === 'active' && random.next() < 0.15;
  const end = client.discharged_on ? Date.parse(`${client.discharged_on}T00:00:00Z`) : now.getTime() - (overdue ? random.integer(35, 70) : 1) * DAY;
  const measures: Insertable<MeasuresTable>[] = [];
  const revisions: Insertable<MeasureRevisionsTable>[] = [];
  const span = Math.max(1, end - start);
  for (let at = start + random.integer(0, 7) * DAY; at <= end; at += random.integer(14, 42) * DAY) {
    const date = isoDate(at);
    const progress = (at - start) / span;
    const planned = trajectory.from + (trajectory.to - trajectory.from) * progress;
    const level = 0.75 * planned + 0.25 * Math.min(1, supportiveTiesOn(network, date) / 6);
    for (const instrument of INSTRUMENT_CODES) {
      // MSPSS every time; the shorter scales most times.
      if (instrument !== 'mspss' && random.next() < 0.25) {
        continue;
      }
      const answers = answersAt(random, instrument, level);
      const scores = instrumentOf(instrument).score(answers);
      const id = random.uuid();
      const timestamp = new Date(at + random.integer(9, 17) * 3_600_000).toISOString();
      const completedBy = random.next() < 0.8 ? 'self-report' : 'clinician-administered';
      const row: Insertable<MeasuresTable> = {
        id,
        client_id: client.id,
        instrument,
        administered_on: date,
        completed_by: completedBy,
        answers: JSON.stringify(answers),
        total: scores.total,
        subscales: JSON.stringify(scores.subscales),
        band: scores.band,
        amended: 0,
        version: 1,
        created_at: timestamp,
        created_by: client.therapist_id,
        updated_at: timestamp,
        updated_by: client.therapist_id,
      };
      measures.push(row);
      const snapshot: MeasureResponse = {
        id,
        clientId: client.id,
        instrument,
        administeredOn: date,
        completedBy,
        source: 'clinician',
        answers,
        scores,
        amended: false,
        version: 1,
        createdAt: timestamp,
        createdBy: client.therapist_id,
        updatedAt: timestamp,
        updatedBy: client.therapist_id,
      };
      revisions.push({ id: random.uuid(), measure_id: id, version: 1, recorded_at: timestamp, recorded_by: client.therapist_id, reason: null, snapshot: JSON.stringify(snapshot) });
    }
  }
  const points = measures.map(measurePointOf);
  // Judged against the published norms here; insertDemoClinic re-judges against the clinic's own.
  return { measures, revisions, status: measures.length > 0 ? measureStatusRow(client.id, points, PUBLISHED_CLINIC_NORMS) : null };
}
