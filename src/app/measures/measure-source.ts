import type { MeasureResponse } from '@domain/measures/measure';

/**
 * Where a measure came from: entered by a clinician, or answered by the client through a
 * self-report link. Measures recorded before self-report existed carry no source: clinician.
 */
export type MeasureSource = 'clinician' | 'self-report';

export const MEASURE_SOURCE_LABELS: Readonly<Record<MeasureSource, string>> = {
  clinician: 'Clinician',
  'self-report': 'Self-report link',
};

export function measureSource(measure: MeasureResponse): MeasureSource {
  return (measure as { readonly source?: unknown }).source === 'self-report' ? 'self-report' : 'clinician';
}
