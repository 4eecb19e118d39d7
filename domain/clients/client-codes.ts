/** Coded values of a client record, with the words clinicians use for them. */
export const PRIMARY_CONCERNS = {
  depression: 'Depression',
  anxiety: 'Anxiety',
  trauma: 'Trauma / PTSD',
  'substance-use': 'Substance use',
  bipolar: 'Bipolar disorder',
  psychosis: 'Psychosis',
  'eating-disorder': 'Eating disorder',
  grief: 'Grief',
  other: 'Other',
} as const;
export type PrimaryConcern = keyof typeof PRIMARY_CONCERNS;
export const PRIMARY_CONCERN_CODES = Object.keys(PRIMARY_CONCERNS) as [PrimaryConcern, ...PrimaryConcern[]];

export const CLIENT_STATUSES = {
  active: 'Active',
  'on-hold': 'On hold',
  discharged: 'Discharged',
} as const;
export type ClientStatus = keyof typeof CLIENT_STATUSES;
export const CLIENT_STATUS_CODES = Object.keys(CLIENT_STATUSES) as [ClientStatus, ...ClientStatus[]];

export const FAMILY_CONSENT = {
  granted: 'Granted',
  partial: 'Partial',
  declined: 'Declined',
  'not-discussed': 'Not yet discussed',
} as const;
export type FamilyConsent = keyof typeof FAMILY_CONSENT;
export const FAMILY_CONSENT_CODES = Object.keys(FAMILY_CONSENT) as [FamilyConsent, ...FamilyConsent[]];
