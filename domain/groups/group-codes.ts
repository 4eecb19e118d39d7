/** The kinds of group a clinic runs (issue #16, item 1). */
export const GROUP_KINDS = {
  'therapy-group': 'Therapy group',
  'psychoeducation-group': 'Psychoeducation group',
  'multi-family-group': 'Multi-family group',
  'peer-support-group': 'Peer-support group',
} as const;
export type GroupKind = keyof typeof GROUP_KINDS;
export const GROUP_KIND_CODES = Object.keys(GROUP_KINDS) as [GroupKind, ...GroupKind[]];

export const GROUP_FREQUENCIES = { weekly: 'Weekly', fortnightly: 'Fortnightly' } as const;
export type GroupFrequency = keyof typeof GROUP_FREQUENCIES;
export const GROUP_FREQUENCY_CODES = Object.keys(GROUP_FREQUENCIES) as [GroupFrequency, ...GroupFrequency[]];

/**
 * A client's place in a group: referred by their therapist, then accepted (enrolled, or waiting when
 * the group is full) or declined by a facilitator; an enrolled client stays until they leave.
 */
export const ENROLMENT_STATUSES = {
  referred: 'Referred',
  waiting: 'On the waiting list',
  enrolled: 'Enrolled',
  declined: 'Declined',
  left: 'Left the group',
} as const;
export type EnrolmentStatus = keyof typeof ENROLMENT_STATUSES;
export const ENROLMENT_STATUS_CODES = Object.keys(ENROLMENT_STATUSES) as [EnrolmentStatus, ...EnrolmentStatus[]];

export const GROUP_ATTENDANCE = { present: 'Present', absent: 'Absent', excused: 'Excused' } as const;
export type GroupAttendance = keyof typeof GROUP_ATTENDANCE;
export const GROUP_ATTENDANCE_CODES = Object.keys(GROUP_ATTENDANCE) as [GroupAttendance, ...GroupAttendance[]];

export const MAX_GROUP_CAPACITY = 15;
/** A group's schedule spans at most this many days (two years), so its meetings stay a short list. */
export const MAX_GROUP_SPAN_DAYS = 731;
