/**
 * Clinical flags on a client, in severity order (most severe first): risk concerns recorded in a
 * session and not yet reviewed, then those raised from measures.
 */
export const MEASURE_FLAGS = {
  'risk-noted': 'Risk noted',
  'isolation-risk': 'Isolation risk',
  'low-perceived-support': 'Low perceived support',
  loneliness: 'Loneliness',
  decline: 'Reliable decline since previous measure',
  'decline-since-first': 'Reliable decline since first measure',
  'reassessment-overdue': 'Reassessment overdue',
} as const;
export type MeasureFlag = keyof typeof MEASURE_FLAGS;
