import type { MeasureResponse } from '@domain/measures/measure';
import type { AmendMeasureRequest } from '@domain/measures/measure-requests';

/** A correction of a measure, independent of the version it is based on (so it can be re-applied). */
export type MeasureAmendment = Omit<AmendMeasureRequest, 'version'>;

/** An amendment that met a newer version: the measure as it is now, and the user's correction. */
export interface MeasureConflict {
  readonly current: MeasureResponse;
  readonly amendment: MeasureAmendment;
}
