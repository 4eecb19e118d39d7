import * as z from '../validation/z';

/** Every clinical record carries the version it was read at; updates send it back (409 if stale). */
export const versionSchema = z.number({ error: 'Required: the version this change is based on.' }).int().min(1);

/** The version and who-and-when fields every clinical record answers with (spread into its response schema). */
export const versionedShape = {
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
};
export const versionedSchema = z.object(versionedShape);
export type Versioned = z.infer<typeof versionedSchema>;
