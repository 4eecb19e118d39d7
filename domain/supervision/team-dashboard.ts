import { PRIMARY_CONCERN_CODES, CLIENT_STATUS_CODES } from '../clients/client-codes';
import { isoDateSchema } from '../common/iso-date-schema';
import { uuidSchema } from '../common/uuid';
import { REFERRAL_STATUS_CODES, type ReferralStatus } from '../referrals/referral-codes';
import { SESSION_STATUS_CODES, SESSION_TYPE_CODES } from '../sessions/session-codes';
import * as z from '../validation/z';
import { outcomeCountsSchema } from './outcomes';

/** Longest period a dashboard covers. */
export const MAX_DASHBOARD_YEARS = 5;

/** Days within which a measure counts towards "measured recently" (coverage). */
export const MEASUREMENT_COVERAGE_DAYS = 30;

export const teamDashboardQuerySchema = z
  .strictObject({
    /** Admins choose the team; a supervisor's own team is the default (and the only one allowed). */
    supervisorId: uuidSchema.optional(),
    from: isoDateSchema,
    to: isoDateSchema,
    therapistId: uuidSchema.optional(),
    concern: z.enum([...PRIMARY_CONCERN_CODES, 'all'], { error: 'Unknown concern code.' }).default('all'),
    status: z.enum([...CLIENT_STATUS_CODES, 'all'], { error: 'Unknown status code.' }).default('all'),
  })
  .refine((query) => query.from <= query.to, { path: ['to'], error: 'The period must not end before it starts.' })
  .refine((query) => Date.parse(query.to) - Date.parse(query.from) <= (MAX_DASHBOARD_YEARS * 365 + 2) * 86_400_000, {
    path: ['to'],
    error: `The period may be at most ${MAX_DASHBOARD_YEARS} years.`,
  });
export type TeamDashboardQuery = z.infer<typeof teamDashboardQuerySchema>;

/** Flags a supervisor scans the team for, most severe first. */
export const TEAM_FLAGS = {
  'risk-noted': 'Risk noted',
  'isolation-risk': 'Isolation risk',
  'low-perceived-support': 'Low perceived support',
  loneliness: 'Loneliness',
  decline: 'Reliable decline since previous measure',
  'decline-since-first': 'Reliable decline since first measure',
  'reassessment-overdue': 'Reassessment overdue',
  'consent-expiring': 'Consent to share expiring',
} as const;
export type TeamFlag = keyof typeof TEAM_FLAGS;
export const TEAM_FLAG_CODES = Object.keys(TEAM_FLAGS) as [TeamFlag, ...TeamFlag[]];

export const teamSummarySchema = z.object({
  supervisorId: z.string(),
  supervisorName: z.string(),
});
export type TeamSummary = z.infer<typeof teamSummarySchema>;

export const therapistCaseloadSchema = z.object({
  therapistId: z.string(),
  therapistName: z.string(),
  /** Current status counts of the filtered clients. */
  active: z.number().int(),
  onHold: z.number().int(),
  /** Discharged with a discharge date inside the period. */
  dischargedInPeriod: z.number().int(),
});
export type TherapistCaseload = z.infer<typeof therapistCaseloadSchema>;

export const sessionCountSchema = z.object({
  /** YYYY-MM of the session start (UTC). */
  month: z.string(),
  therapistId: z.string(),
  type: z.enum(SESSION_TYPE_CODES),
  status: z.enum(SESSION_STATUS_CODES),
  sessions: z.number().int(),
});
export type SessionCount = z.infer<typeof sessionCountSchema>;

export const measurementCoverageSchema = z.object({
  therapistId: z.string(),
  activeClients: z.number().int(),
  /** Active clients with any measure in the last MEASUREMENT_COVERAGE_DAYS days (before today). */
  measuredRecently: z.number().int(),
});
export type MeasurementCoverage = z.infer<typeof measurementCoverageSchema>;

/** Self-report links a therapist sent in the period, what became of them, and the family feedback. */
export const therapistSelfReportsSchema = z.object({
  therapistId: z.string(),
  /** Requests (measures and feedback) created in the period. */
  sent: z.number().int(),
  /** Of those, answered. */
  answered: z.number().int(),
  /** Of those, expired unanswered (withdrawn ones count as neither). */
  expired: z.number().int(),
  /** Mean of the three 1–5 feedback answers given in the period; null without any. */
  feedbackAverage: z.number().nullable(),
});
export type TherapistSelfReports = z.infer<typeof therapistSelfReportsSchema>;

export const supportBandCountSchema = z.object({
  /** MSPSS band of the client's latest MSPSS, or `none` if never given. */
  band: z.enum(['low', 'moderate', 'high', 'none']),
  clients: z.number().int(),
});
export type SupportBandCount = z.infer<typeof supportBandCountSchema>;

export const monthlyMedianSchema = z.object({
  month: z.string(),
  /** Median MSPSS total of the measures given that month. */
  median: z.number(),
  measures: z.number().int(),
});
export type MonthlyMedian = z.infer<typeof monthlyMedianSchema>;

export const flaggedClientSchema = z.object({
  clientId: z.string(),
  preferredName: z.string(),
  caseNumber: z.string(),
  therapistId: z.string(),
  /** Most severe first. */
  flags: z.array(z.enum(TEAM_FLAG_CODES)).readonly(),
});
export type FlaggedClient = z.infer<typeof flaggedClientSchema>;

/** Referrals counted per status: one number for every status, zero included. */
export const referralStatusCountsSchema = z.object(
  Object.fromEntries(REFERRAL_STATUS_CODES.map((status) => [status, z.number().int()])) as Record<ReferralStatus, z.ZodNumber>,
);
export type ReferralStatusCounts = z.infer<typeof referralStatusCountsSchema>;

/**
 * One therapist's filtered clients in groups and referrals (#16, item 7): attendances recorded at
 * group meetings held in the period and how many were "present"; referrals made in the period
 * (their "referred" day inside it), by the status they have today.
 */
export const therapistGroupsReferralsSchema = z.object({
  therapistId: z.string(),
  attendancesPresent: z.number().int(),
  attendancesRecorded: z.number().int(),
  referrals: referralStatusCountsSchema,
});
export type TherapistGroupsReferrals = z.infer<typeof therapistGroupsReferralsSchema>;

/** Why a client is worth a referral: a concern band on the latest measure of perceived support or loneliness. */
export const CONSIDER_REFERRAL_REASONS = {
  'low-perceived-support': 'Low perceived support',
  loneliness: 'Lonely',
  'isolation-risk': 'Isolation risk',
} as const;
export type ConsiderReferralReason = keyof typeof CONSIDER_REFERRAL_REASONS;
export const CONSIDER_REFERRAL_REASON_CODES = Object.keys(CONSIDER_REFERRAL_REASONS) as [ConsiderReferralReason, ...ConsiderReferralReason[]];

/**
 * An active client to consider referring: a concern band (MSPSS low perceived support, UCLA-3
 * lonely, LSNS-6 isolation risk) and no tie to a group yet: no current group place, no open
 * referral, no active network member among peers and groups or community.
 */
export const considerReferralClientSchema = z.object({
  clientId: z.string(),
  preferredName: z.string(),
  caseNumber: z.string(),
  therapistId: z.string(),
  reasons: z.array(z.enum(CONSIDER_REFERRAL_REASON_CODES)).readonly(),
});
export type ConsiderReferralClient = z.infer<typeof considerReferralClientSchema>;

/** Everything the team dashboard shows, computed in SQL for one team, period and filter. */
export const teamDashboardSchema = z.object({
  team: teamSummarySchema,
  /** Teams the user may choose from (admins: all; supervisors: their own). */
  teams: z.array(teamSummarySchema).readonly(),
  therapists: z.array(z.object({ id: z.string(), name: z.string() })).readonly(),
  period: z.object({ from: z.string(), to: z.string() }),
  caseloads: z.array(therapistCaseloadSchema).readonly(),
  sessions: z.array(sessionCountSchema).readonly(),
  coverage: z.array(measurementCoverageSchema).readonly(),
  /** One row per therapist, in the order of `therapists`. */
  selfReports: z.array(therapistSelfReportsSchema).readonly(),
  supportBands: z.array(supportBandCountSchema).readonly(),
  medianSupportByMonth: z.array(monthlyMedianSchema).readonly(),
  /** Clinical: left empty for admins, who see aggregates only. */
  flaggedClients: z.array(flaggedClientSchema).readonly(),
  flaggedClientsShown: z.boolean(),
  /** What a reliable-decline flag means in this clinic today: one line per instrument and flagged subscale (thresholdLine). */
  changeThresholds: z.array(z.string()).readonly(),
  /**
   * Supervisor outcomes card (outcomes.ts): per instrument, one row per therapist in the order of
   * `therapists`, then the team's (therapistId null).
   */
  outcomes: z.array(outcomeCountsSchema).readonly(),
  /** One row per therapist, in the order of `therapists`. */
  groupsReferrals: z.array(therapistGroupsReferralsSchema).readonly(),
  /** Clinical like `flaggedClients`: left empty for admins. */
  considerReferral: z.array(considerReferralClientSchema).readonly(),
  generatedAt: z.string(),
});
export type TeamDashboard = z.infer<typeof teamDashboardSchema>;
