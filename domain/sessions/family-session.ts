import { versionedShape } from '../common/versioned';
import * as z from '../validation/z';
import { ATTENDANCE_CODES, FOLLOW_UP_OWNER_CODES, MODALITY_CODES, SESSION_STATUS_CODES, SESSION_TYPE_CODES } from './session-codes';

export const sessionAttendeeSchema = z.object({
  /** A network member of the client, or a co-facilitating clinician. */
  kind: z.enum(['member', 'clinician']),
  id: z.string(),
  name: z.string(),
  attendance: z.enum(ATTENDANCE_CODES),
});
export type SessionAttendee = z.infer<typeof sessionAttendeeSchema>;

export const followUpSchema = z.object({
  id: z.string(),
  what: z.string(),
  ownerKind: z.enum(FOLLOW_UP_OWNER_CODES),
  /** The member who owns it, when ownerKind is 'member'. */
  ownerMemberId: z.string().nullable(),
  dueOn: z.string(),
  done: z.boolean(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

/** What is recorded about a session. The two clinical-only fields never reach a family copy. */
export const sessionRecordSchema = z.object({
  goals: z.string(),
  summary: z.string(),
  interventions: z.string(),
  /** Observations about family dynamics: clinical-only. */
  dynamicsObservations: z.string(),
  outcomes: z.string(),
  /** Risk concerns: clinical-only. */
  riskConcerns: z.string(),
  followUps: z.array(followUpSchema).readonly(),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

export const riskReviewSchema = z.object({
  reviewedAt: z.string(),
  reviewedBy: z.string(),
  note: z.string(),
});
export type RiskReview = z.infer<typeof riskReviewSchema>;

export const familySessionSchema = sessionRecordSchema.extend({
  id: z.string(),
  clientId: z.string(),
  therapistId: z.string(),
  type: z.enum(SESSION_TYPE_CODES),
  modality: z.enum(MODALITY_CODES),
  /** ISO 8601 UTC instant. */
  startsAt: z.string(),
  durationMinutes: z.number().int(),
  location: z.string(),
  status: z.enum(SESSION_STATUS_CODES),
  attendees: z.array(sessionAttendeeSchema).readonly(),
  /** Completed sessions change only by amendment; true once one was made. */
  amended: z.boolean(),
  /** Why it was planned although the client declined family involvement; null when the client had not. */
  declinedConsentReason: z.string().nullable(),
  /** A clinician's review of the risk concerns; null until reviewed, and again once they change. */
  riskReview: riskReviewSchema.nullable(),
  ...versionedShape,
});
export type FamilySession = z.infer<typeof familySessionSchema>;

/**
 * The "risk noted" rule, in one place: risk concerns recorded in a session stand until a clinician
 * reviews them (server/measures/flag-sql.ts holds its SQL twin).
 */
export const raisesRiskFlag = (session: Pick<FamilySession, 'riskConcerns' | 'riskReview'>): boolean =>
  session.riskConcerns.trim() !== '' && session.riskReview === null;

/** Fields a family copy must never contain. */
export const CLINICAL_ONLY_FIELDS = ['dynamicsObservations', 'riskConcerns', 'riskReview', 'declinedConsentReason'] as const satisfies readonly (keyof FamilySession)[];

/** A family copy: the session without its clinical-only fields (the schema is the allow-list of a family printout). */
export const familyCopySchema = familySessionSchema.omit({ dynamicsObservations: true, riskConcerns: true, riskReview: true, declinedConsentReason: true } satisfies Record<
  (typeof CLINICAL_ONLY_FIELDS)[number],
  true
>);
export type FamilyCopy = z.infer<typeof familyCopySchema>;
