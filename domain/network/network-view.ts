import type { NetworkMember } from './network-member';
import type { NetworkSummary } from './network-summary';

/** Answer of GET /clients/:clientId/network (optionally `?asOf=`): members as they stood, and the figures. */
export interface NetworkView {
  readonly asOf: string;
  /** True when asOf is today: members are editable; a past view is read-only. */
  readonly current: boolean;
  readonly members: readonly NetworkMember[];
  /** Members who had ended by `asOf` (only in the current view, for re-activation and history). */
  readonly endedMembers: readonly NetworkMember[];
  readonly summary: NetworkSummary;
}
