import type { MeasureResponse } from '@domain/measures/measure';
import type { MeasureSource } from '@domain/self-report/self-report-request';

export type { MeasureSource };

export const MEASURE_SOURCE_LABELS: Readonly<Record<MeasureSource, string>> = {
  clinician: 'Clinician',
  'self-report': 'Self-report link',
};

/** Where the measure came from; an answer from a server older than self-report (no source) is a clinician's. */
export function measureSource(measure: MeasureResponse): MeasureSource {
  return measure.source === 'self-report' ? 'self-report' : 'clinician';
}
