import { isoDateSchema } from '../common/iso-date-schema';
import { uuidSchema } from '../common/uuid';
import { versionSchema } from '../common/versioned';
import { requiredText, TEXT_LIMITS } from '../validation/text-limits';
import * as z from '../validation/z';
import {
  ATTENDANCE_CODES,
  FOLLOW_UP_OWNER_CODES,
  MAX_SESSION_MINUTES,
  MODALITY_CODES,
  SESSION_STATUS_CODES,
  SESSION_TYPE_CODES,
} from './session-codes';

const longText = z.string().trim().max(TEXT_LIMITS.longText, { error: `Must be at most ${TEXT_LIMITS.longText} characters.` }).default('');

const uniqueIds = z
  .array(uuidSchema)
  .max(40, { error: 'At most 40.' })
  .refine((ids) => new Set(ids).size === ids.length, { error: 'Each one once.' })
  .default([]);

/** Fields of a session when planning it (and editing a planned one). */
export const sessionPlanFieldsSchema = z.strictObject({
  type: z.enum(SESSION_TYPE_CODES, { error: 'Unknown session type.' }),
  modality: z.enum(MODALITY_CODES, { error: 'Unknown modality.' }),
  startsAt: z.iso.datetime({ error: 'Use an ISO 8601 date and time, e.g. 2026-12-01T14:00:00Z.' }),
  durationMinutes: z
    .number({ error: 'Required.' })
    .int({ error: 'Whole minutes.' })
    .min(1, { error: 'Must be more than zero.' })
    .max(MAX_SESSION_MINUTES, { error: `Must be at most ${MAX_SESSION_MINUTES / 60} hours.` }),
  location: z.string().trim().max(TEXT_LIMITS.shortText, { error: `Must be at most ${TEXT_LIMITS.shortText} characters.` }).default(''),
  memberIds: uniqueIds,
  clinicianIds: uniqueIds,
  goals: longText,
  /** Entering a session that already happened: its start may then lie in the past. */
  pastSession: z.boolean().default(false),
  /** The clinician saw and accepted the warning about invitees without current consent. */
  consentWarningAcknowledged: z.boolean().default(false),
  /** The clinician saw and accepted the warning about overlapping sessions. */
  overlapAcknowledged: z.boolean().default(false),
  /** The clinician saw that the client declined family involvement and plans the session anyway. */
  clientDeclinedAcknowledged: z.boolean().default(false),
  /** Why, when the client declined family involvement (kept with the session). */
  clientDeclinedReason: z.string().trim().max(TEXT_LIMITS.shortText, { error: `Must be at most ${TEXT_LIMITS.shortText} characters.` }).default(''),
});

export const planSessionRequestSchema = sessionPlanFieldsSchema;
export type PlanSessionRequest = z.infer<typeof planSessionRequestSchema>;

const followUpSchema = z
  .strictObject({
    id: uuidSchema.optional(),
    what: requiredText(TEXT_LIMITS.shortText),
    ownerKind: z.enum(FOLLOW_UP_OWNER_CODES, { error: 'Choose who owns this follow-up.' }),
    ownerMemberId: uuidSchema.nullable().default(null),
    dueOn: isoDateSchema,
    done: z.boolean().default(false),
  })
  .superRefine((followUp, context) => {
    if (followUp.ownerKind === 'member' && !followUp.ownerMemberId) {
      context.addIssue({ code: 'custom', path: ['ownerMemberId'], message: 'Choose the member who owns this follow-up.' });
    }
  });

/** What happened: status, attendance, the record and follow-ups. */
export const recordSessionRequestSchema = z.strictObject({
  status: z.enum(SESSION_STATUS_CODES, { error: 'Unknown status.' }),
  attendance: z
    .array(z.strictObject({ id: uuidSchema, attendance: z.enum(ATTENDANCE_CODES, { error: 'Unknown attendance code.' }) }))
    .default([]),
  goals: longText,
  summary: longText,
  interventions: longText,
  dynamicsObservations: longText,
  outcomes: longText,
  riskConcerns: longText,
  followUps: z.array(followUpSchema).max(50, { error: 'At most 50 follow-ups.' }).default([]),
  /** Required once a session is completed: changes after that are amendments. */
  amendmentReason: z.string().trim().max(TEXT_LIMITS.shortText).nullable().default(null),
  version: versionSchema,
});
export type RecordSessionRequest = z.infer<typeof recordSessionRequestSchema>;

export const updatePlanRequestSchema = sessionPlanFieldsSchema.extend({ version: versionSchema });
export type UpdatePlanRequest = z.infer<typeof updatePlanRequestSchema>;

export const printoutRequestSchema = z.strictObject({
  copy: z.enum(['clinician', 'family'], { error: 'Choose the clinician copy or the family copy.' }),
});
export type PrintoutRequest = z.infer<typeof printoutRequestSchema>;

export const agendaQuerySchema = z
  .strictObject({
    from: isoDateSchema,
    to: isoDateSchema,
  })
  .refine((query) => query.from <= query.to, { path: ['to'], error: 'Must not be before "from".' })
  .refine((query) => Date.parse(query.to) - Date.parse(query.from) <= 366 * 86_400_000, { path: ['to'], error: 'At most one year.' });
export type AgendaQuery = z.infer<typeof agendaQuerySchema>;

export const clientSessionParamsSchema = z.strictObject({ clientId: uuidSchema, sessionId: uuidSchema });

/** Ticking a follow-up off (or re-opening it) from the client Overview, based on the session's version. */
export const followUpStatusRequestSchema = z.strictObject({
  done: z.boolean({ error: 'Say whether the follow-up is done.' }),
  version: versionSchema,
});
export type FollowUpStatusRequest = z.infer<typeof followUpStatusRequestSchema>;

/** A clinician marks a session's risk concerns reviewed, saying what was done about them. */
export const riskReviewRequestSchema = z.strictObject({
  note: requiredText(TEXT_LIMITS.shortText),
  version: versionSchema,
});
export type RiskReviewRequest = z.infer<typeof riskReviewRequestSchema>;

export const followUpParamsSchema = z.strictObject({ clientId: uuidSchema, sessionId: uuidSchema, followUpId: uuidSchema });
