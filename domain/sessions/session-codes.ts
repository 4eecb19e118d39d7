/** Coded values of a family session, with the words clinicians use. */
export const SESSION_TYPES = {
  'family-session': 'Family session',
  'family-psychoeducation': 'Family psychoeducation',
  'couple-session': 'Couple session',
  'multi-family-group': 'Multi-family group',
  'network-meeting': 'Network meeting',
} as const;
export type SessionType = keyof typeof SESSION_TYPES;
export const SESSION_TYPE_CODES = Object.keys(SESSION_TYPES) as [SessionType, ...SessionType[]];

export const MODALITIES = { 'in-person': 'In person', video: 'Video', phone: 'Phone' } as const;
export type Modality = keyof typeof MODALITIES;
export const MODALITY_CODES = Object.keys(MODALITIES) as [Modality, ...Modality[]];

export const SESSION_STATUSES = { planned: 'Planned', completed: 'Completed', cancelled: 'Cancelled', 'no-show': 'No-show' } as const;
export type SessionStatus = keyof typeof SESSION_STATUSES;
export const SESSION_STATUS_CODES = Object.keys(SESSION_STATUSES) as [SessionStatus, ...SessionStatus[]];

export const ATTENDANCE = { invited: 'Invited', attended: 'Attended', absent: 'Absent', late: 'Late' } as const;
export type Attendance = keyof typeof ATTENDANCE;
export const ATTENDANCE_CODES = Object.keys(ATTENDANCE) as [Attendance, ...Attendance[]];

export const FOLLOW_UP_OWNERS = { client: 'Client', member: 'Network member', clinician: 'Clinician' } as const;
export type FollowUpOwnerKind = keyof typeof FOLLOW_UP_OWNERS;
export const FOLLOW_UP_OWNER_CODES = Object.keys(FOLLOW_UP_OWNERS) as [FollowUpOwnerKind, ...FollowUpOwnerKind[]];

/** Longest session that can be planned or recorded. */
export const MAX_SESSION_MINUTES = 8 * 60;
