/** The coded vocabulary of a support network, with the words clinicians use. */

export const NETWORK_CATEGORIES = {
  family: 'Family',
  friends: 'Friends',
  'peers-groups': 'Peers & groups',
  community: 'Community',
  professionals: 'Professionals',
} as const;
export type NetworkCategory = keyof typeof NETWORK_CATEGORIES;
export const NETWORK_CATEGORY_CODES = Object.keys(NETWORK_CATEGORIES) as NetworkCategory[];

/** Each relationship belongs to one category: the category is derived, never entered. */
export const RELATIONSHIPS = {
  partner: { label: 'Partner', category: 'family' },
  parent: { label: 'Parent', category: 'family' },
  child: { label: 'Child', category: 'family' },
  sibling: { label: 'Sibling', category: 'family' },
  grandparent: { label: 'Grandparent', category: 'family' },
  'other-relative': { label: 'Other relative', category: 'family' },
  friend: { label: 'Friend', category: 'friends' },
  neighbour: { label: 'Neighbour', category: 'friends' },
  colleague: { label: 'Colleague', category: 'friends' },
  'peer-support-group': { label: 'Peer-support group', category: 'peers-groups' },
  'mutual-help-group': { label: 'Mutual-help group', category: 'peers-groups' },
  sponsor: { label: 'Sponsor', category: 'peers-groups' },
  'faith-community': { label: 'Faith community', category: 'community' },
  'community-programme': { label: 'Community programme', category: 'community' },
  'volunteer-role': { label: 'Volunteer role', category: 'community' },
  'primary-care-clinician': { label: 'Primary-care clinician', category: 'professionals' },
  'case-worker': { label: 'Case worker', category: 'professionals' },
  other: { label: 'Other', category: 'community' },
} as const satisfies Record<string, { label: string; category: NetworkCategory }>;
export type Relationship = keyof typeof RELATIONSHIPS;
export const RELATIONSHIP_CODES = Object.keys(RELATIONSHIPS) as [Relationship, ...Relationship[]];

export function categoryOf(relationship: Relationship): NetworkCategory {
  return RELATIONSHIPS[relationship].category;
}

export const SUPPORT_TYPES = {
  emotional: 'Emotional',
  informational: 'Informational',
  instrumental: 'Instrumental',
  companionship: 'Companionship',
} as const;
export type SupportType = keyof typeof SUPPORT_TYPES;
export const SUPPORT_TYPE_CODES = Object.keys(SUPPORT_TYPES) as [SupportType, ...SupportType[]];

export const TIE_STRENGTHS = { strong: 'Strong', moderate: 'Moderate', weak: 'Weak' } as const;
export type TieStrength = keyof typeof TIE_STRENGTHS;
export const TIE_STRENGTH_CODES = Object.keys(TIE_STRENGTHS) as [TieStrength, ...TieStrength[]];

export const TIE_QUALITIES = { supportive: 'Supportive', mixed: 'Mixed', strained: 'Strained', harmful: 'Harmful' } as const;
export type TieQuality = keyof typeof TIE_QUALITIES;
export const TIE_QUALITY_CODES = Object.keys(TIE_QUALITIES) as [TieQuality, ...TieQuality[]];

export const ENERGY_FLOWS = { 'to-client': 'To the client', 'from-client': 'From the client', both: 'Both ways' } as const;
export type EnergyFlow = keyof typeof ENERGY_FLOWS;
export const ENERGY_FLOW_CODES = Object.keys(ENERGY_FLOWS) as [EnergyFlow, ...EnergyFlow[]];

export const CONTACT_FREQUENCIES = { daily: 'Daily', weekly: 'Weekly', monthly: 'Monthly', 'less-often': 'Less often' } as const;
export type ContactFrequency = keyof typeof CONTACT_FREQUENCIES;
export const CONTACT_FREQUENCY_CODES = Object.keys(CONTACT_FREQUENCIES) as [ContactFrequency, ...ContactFrequency[]];

export const TREATMENT_INVOLVEMENT = { none: 'None', informed: 'Informed', 'attends-sessions': 'Attends sessions' } as const;
export type TreatmentInvolvement = keyof typeof TREATMENT_INVOLVEMENT;
export const TREATMENT_INVOLVEMENT_CODES = Object.keys(TREATMENT_INVOLVEMENT) as [TreatmentInvolvement, ...TreatmentInvolvement[]];

export const CONSENT_STATUSES = { granted: 'Granted', declined: 'Declined', 'not-asked': 'Not asked' } as const;
export type ConsentStatus = keyof typeof CONSENT_STATUSES;
export const CONSENT_STATUS_CODES = Object.keys(CONSENT_STATUSES) as [ConsentStatus, ...ConsentStatus[]];
