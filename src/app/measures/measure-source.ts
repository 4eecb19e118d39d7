import type { MeasureResponse } from '@domain/measures/measure';
import type { MeasureSource } from '@domain/self-report/self-report-request';

export type { MeasureSource };

export const MEASURE_SOURCE_LABELS: Readonly<Record<MeasureSource, string>> = {
  clinician: 'Clinician',
  'self-report': 'Self-report link',
};

/** A measure without a source (recorded before self-report existed, or from an older server) is a clinician's. */
export function measureSource(measure: MeasureResponse): MeasureSource {
  return (measure as { readonly source?: unknown }).source === 'self-report' ? 'self-report' : 'clinician';
}
