import * as z from '../validation/z';

/** Every clinical record carries the version it was read at; updates send it back (409 if stale). */
export const versionSchema = z.number({ error: 'Required: the version this change is based on.' }).int().min(1);

export interface Versioned {
  readonly version: number;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly updatedAt: string;
  readonly updatedBy: string;
}
