import { PRIMARY_CONCERN_CODES, CLIENT_STATUS_CODES } from '../clients/client-codes';
import { isoDateSchema } from '../common/iso-date-schema';
import { uuidSchema } from '../common/uuid';
import type { SessionStatus, SessionType } from '../sessions/session-codes';
import * as z from '../validation/z';
import type { OutcomeCounts } from './outcomes';

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

export interface TeamSummary {
  readonly supervisorId: string;
  readonly supervisorName: string;
}

export interface TherapistCaseload {
  readonly therapistId: string;
  readonly therapistName: string;
  /** Current status counts of the filtered clients. */
  readonly active: number;
  readonly onHold: number;
  /** Discharged with a discharge date inside the period. */
  readonly dischargedInPeriod: number;
}

export interface SessionCount {
  /** YYYY-MM of the session start (UTC). */
  readonly month: string;
  readonly therapistId: string;
  readonly type: SessionType;
  readonly status: SessionStatus;
  readonly sessions: number;
}

export interface MeasurementCoverage {
  readonly therapistId: string;
  readonly activeClients: number;
  /** Active clients with any measure in the last MEASUREMENT_COVERAGE_DAYS days (before today). */
  readonly measuredRecently: number;
}

/** Self-report links a therapist sent in the period, what became of them, and the family feedback. */
export interface TherapistSelfReports {
  readonly therapistId: string;
  /** Requests (measures and feedback) created in the period. */
  readonly sent: number;
  /** Of those, answered. */
  readonly answered: number;
  /** Of those, expired unanswered (withdrawn ones count as neither). */
  readonly expired: number;
  /** Mean of the three 1–5 feedback answers given in the period; null without any. */
  readonly feedbackAverage: number | null;
}

export interface SupportBandCount {
  /** MSPSS band of the client's latest MSPSS, or `none` if never given. */
  readonly band: 'low' | 'moderate' | 'high' | 'none';
  readonly clients: number;
}

export interface MonthlyMedian {
  readonly month: string;
  /** Median MSPSS total of the measures given that month. */
  readonly median: number;
  readonly measures: number;
}

export interface FlaggedClient {
  readonly clientId: string;
  readonly preferredName: string;
  readonly caseNumber: string;
  readonly therapistId: string;
  /** Most severe first. */
  readonly flags: readonly TeamFlag[];
}

/** Everything the team dashboard shows, computed in SQL for one team, period and filter. */
export interface TeamDashboard {
  readonly team: TeamSummary;
  /** Teams the user may choose from (admins: all; supervisors: their own). */
  readonly teams: readonly TeamSummary[];
  readonly therapists: readonly { readonly id: string; readonly name: string }[];
  readonly period: { readonly from: string; readonly to: string };
  readonly caseloads: readonly TherapistCaseload[];
  readonly sessions: readonly SessionCount[];
  readonly coverage: readonly MeasurementCoverage[];
  /** One row per therapist, in the order of `therapists`. */
  readonly selfReports: readonly TherapistSelfReports[];
  readonly supportBands: readonly SupportBandCount[];
  readonly medianSupportByMonth: readonly MonthlyMedian[];
  /** Clinical: left empty for admins, who see aggregates only. */
  readonly flaggedClients: readonly FlaggedClient[];
  readonly flaggedClientsShown: boolean;
  /** What a reliable-decline flag means in this clinic today: one line per instrument (thresholdLine). */
  readonly changeThresholds: readonly string[];
  /**
   * Supervisor outcomes card (outcomes.ts): per instrument, one row per therapist in the order of
   * `therapists`, then the team's (therapistId null).
   */
  readonly outcomes: readonly OutcomeCounts[];
  readonly generatedAt: string;
}
