import * as z from '../validation/z';
import { networkMemberSchema } from './network-member';
import { networkSummarySchema } from './network-summary';

/** Answer of GET /clients/:clientId/network (optionally `?asOf=`): members as they stood, and the figures. */
export const networkViewSchema = z.object({
  asOf: z.string(),
  /** True when asOf is today: members are editable; a past view is read-only. */
  current: z.boolean(),
  members: z.array(networkMemberSchema).readonly(),
  /** Members who had ended by `asOf` (only in the current view, for re-activation and history). */
  endedMembers: z.array(networkMemberSchema).readonly(),
  summary: networkSummarySchema,
});
export type NetworkView = z.infer<typeof networkViewSchema>;
