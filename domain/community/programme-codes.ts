/** Kinds of community programme a clinic points clients to (issue #16, item 5). */
export const PROGRAMME_KINDS = {
  'peer-support-group': 'Peer-support group',
  'mutual-help-group': 'Mutual-help group',
  volunteering: 'Volunteering',
  'mindfulness-or-faith-group': 'Mindfulness or faith group',
  'community-centre': 'Community centre',
  'workplace-programme': 'Workplace programme',
  other: 'Other',
} as const;
export type ProgrammeKind = keyof typeof PROGRAMME_KINDS;
export const PROGRAMME_KIND_CODES = Object.keys(PROGRAMME_KINDS) as [ProgrammeKind, ...ProgrammeKind[]];
