import type { ProgrammeKind } from '../community/programme-codes';
import type { GroupKind } from '../groups/group-codes';
import type { Relationship } from '../network/network-codes';

/**
 * The relationship (so the category) a programme takes on the client's network once they attend:
 * peer and mutual-help groups sit with "Peers & groups", everything else with "Community", so the
 * ecomap, the network summary and the charts count the new tie where a clinician expects it.
 */
const PROGRAMME_RELATIONSHIPS: Readonly<Record<ProgrammeKind, Relationship>> = {
  'peer-support-group': 'peer-support-group',
  'mutual-help-group': 'mutual-help-group',
  volunteering: 'volunteer-role',
  'mindfulness-or-faith-group': 'faith-community',
  'community-centre': 'community-programme',
  'workplace-programme': 'community-programme',
  other: 'community-programme',
};

/** A clinic group is a group of peers whatever its kind: the client meets others with similar experiences there. */
const GROUP_RELATIONSHIPS: Readonly<Record<GroupKind, Relationship>> = {
  'therapy-group': 'peer-support-group',
  'psychoeducation-group': 'peer-support-group',
  'multi-family-group': 'peer-support-group',
  'peer-support-group': 'peer-support-group',
};

export type ReferralTargetKind = { readonly type: 'programme'; readonly kind: ProgrammeKind } | { readonly type: 'group'; readonly kind: GroupKind };

export function relationshipForReferral(target: ReferralTargetKind): Relationship {
  return target.type === 'programme' ? PROGRAMME_RELATIONSHIPS[target.kind] : GROUP_RELATIONSHIPS[target.kind];
}
