import { PUBLISHED_NORMS } from '@domain/measures/reliable-change';
import type { InstrumentCode } from '@domain/measures/instrument';
import { instrumentOf } from '@domain/measures/instrument-catalog';
import type { MeasureResponse, MeasureRevision } from '@domain/measures/measure';
import type { MeasureIndicators } from '@domain/measures/measure-flags';
import type { ProblemDocument } from '@domain/problem/problem-document';
import { initialMeasuresState, measuresAdapter, type MeasuresState } from '../measures.feature';

/** Spec helpers for the measures slice only (never imported by the app). */
export const CLIENT_ID = '0190a1b2-1111-7000-8000-000000000001';
export const THERAPIST_ID = '0190a1b2-0000-7000-8000-000000000009';

/** Every item answered with `value` (clamped to the instrument's scale). */
export function uniformAnswers(instrument: InstrumentCode, value: number): number[] {
  const { items, responseOptions } = instrumentOf(instrument);
  const values = responseOptions.map((option) => option.value);
  const clamped = Math.min(values[values.length - 1], Math.max(values[0], value));
  return items.map(() => clamped);
}

/** A measure scored by the shared domain code, as the server would. */
export function measureWith(changes: Partial<MeasureResponse> & { answers?: readonly number[] } = {}): MeasureResponse {
  const instrument = changes.instrument ?? 'mspss';
  const answers = changes.answers ?? uniformAnswers(instrument, 4);
  return {
    id: '0190a1b2-3333-7000-8000-000000000001',
    clientId: CLIENT_ID,
    instrument,
    administeredOn: '2026-06-01',
    completedBy: 'self-report',
    source: 'clinician',
    answers,
    scores: instrumentOf(instrument).score(answers),
    amended: false,
    version: 1,
    createdAt: '2026-06-01T10:00:00.000Z',
    createdBy: THERAPIST_ID,
    updatedAt: '2026-06-01T10:00:00.000Z',
    updatedBy: THERAPIST_ID,
    ...changes,
  };
}

/** Measure number `index` of an instrument, on its own date (one week apart from 2026-01-05). */
export function measureNumber(
  index: number,
  instrument: InstrumentCode = 'mspss',
  answers: readonly number[] = uniformAnswers(instrument, 4),
  changes: Partial<MeasureResponse> = {},
): MeasureResponse {
  const date = new Date(Date.UTC(2026, 0, 5 + 7 * index)).toISOString().slice(0, 10);
  return measureWith({
    id: `0190a1b2-3333-7000-8000-${String(index).padStart(12, '0')}`,
    instrument,
    administeredOn: date,
    answers,
    ...changes,
  });
}

/** An indicator's reliable-change fields when nothing changed reliably (on the total or any subscale). */
export const NO_RELIABLE_CHANGE = { declined: false, declinedSinceFirst: false, improvedSinceFirst: false, subscales: [] } as const;

export function indicatorsWith(changes: Partial<MeasureIndicators> = {}): MeasureIndicators {
  return {
    latest: {
      mspss: { total: 4.25, band: 'moderate', administeredOn: '2026-11-20', trend: 'up', improving: true, ...NO_RELIABLE_CHANGE, norm: PUBLISHED_NORMS.mspss },
      'ucla-3': { total: 7, band: 'lonely', administeredOn: '2026-11-20', trend: 'flat', improving: null, ...NO_RELIABLE_CHANGE, norm: PUBLISHED_NORMS['ucla-3'] },
    },
    lastMeasuredOn: '2026-11-20',
    flags: ['loneliness'],
    ...changes,
  };
}

export function revisionWith(version: number, measure: MeasureResponse, reason: string | null = null): MeasureRevision {
  return { version, recordedAt: `2026-11-2${version}T09:00:00.000Z`, recordedByName: 'Tess Therapist', reason, measure };
}

export function problemWith(status: number, changes: Partial<ProblemDocument> = {}): ProblemDocument {
  return { type: 'about:blank', title: status === 409 ? 'Conflict' : 'Request failed', status, ...changes };
}

/** The measures slice with these measures loaded for CLIENT_ID. */
export function measuresStateWith(
  measures: readonly MeasureResponse[],
  changes: Partial<MeasuresState> = {},
): MeasuresState {
  return measuresAdapter.setAll([...measures], {
    ...initialMeasuresState,
    clientId: CLIENT_ID,
    indicators: indicatorsWith(),
    loadStatus: 'loaded',
    ...changes,
  });
}
