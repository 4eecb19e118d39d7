import { versionedShape } from '../common/versioned';
import * as z from '../validation/z';
import { PROGRAMME_KIND_CODES } from './programme-codes';

/** A programme in the clinic's community directory: no client data, kept by administrators. */
export const communityProgrammeSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(PROGRAMME_KIND_CODES),
  contactName: z.string(),
  phone: z.string(),
  email: z.string(),
  website: z.string(),
  area: z.string(),
  notes: z.string(),
  active: z.boolean(),
  ...versionedShape,
});
export type CommunityProgramme = z.infer<typeof communityProgrammeSchema>;
