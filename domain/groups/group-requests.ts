import { addDays } from '../common/iso-date';
import { isoDateSchema } from '../common/iso-date-schema';
import { uuidSchema } from '../common/uuid';
import { versionSchema } from '../common/versioned';
import { MODALITY_CODES } from '../sessions/session-codes';
import { requiredText, TEXT_LIMITS } from '../validation/text-limits';
import * as z from '../validation/z';
import { GROUP_ATTENDANCE_CODES, GROUP_FREQUENCY_CODES, GROUP_KIND_CODES, MAX_GROUP_CAPACITY, MAX_GROUP_SPAN_DAYS } from './group-codes';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const timeOfDaySchema = z.string({ error: 'Required.' }).regex(TIME, { error: 'Use the form HH:MM (24-hour).' });

export const groupScheduleSchema = z
  .strictObject({
    frequency: z.enum(GROUP_FREQUENCY_CODES, { error: 'Weekly or fortnightly.' }),
    startDate: isoDateSchema,
    endDate: isoDateSchema,
    startTime: timeOfDaySchema,
    durationMinutes: z.number({ error: 'Required.' }).int({ error: 'Whole minutes.' }).min(15, { error: 'At least 15 minutes.' }).max(240, { error: 'At most 240 minutes.' }),
    modality: z.enum(MODALITY_CODES, { error: 'Unknown modality.' }),
    location: z.string().trim().max(TEXT_LIMITS.shortText, { error: `Must be at most ${TEXT_LIMITS.shortText} characters.` }).default(''),
  })
  .superRefine(({ startDate, endDate }, context) => {
    if (endDate < startDate) {
      context.addIssue({ code: 'custom', path: ['endDate'], message: 'Cannot be before the start date.' });
    } else if (endDate > addDays(startDate, MAX_GROUP_SPAN_DAYS)) {
      context.addIssue({ code: 'custom', path: ['endDate'], message: 'A group runs for at most two years.' });
    }
  });

const groupFields = {
  name: requiredText(TEXT_LIMITS.name),
  kind: z.enum(GROUP_KIND_CODES, { error: 'Unknown kind of group.' }),
  schedule: groupScheduleSchema,
  capacity: z.number({ error: 'Required.' }).int({ error: 'A whole number.' }).min(2, { error: 'At least 2.' }).max(MAX_GROUP_CAPACITY, { error: `At most ${MAX_GROUP_CAPACITY}.` }),
  facilitatorIds: z
    .array(uuidSchema)
    .min(1, { error: 'Name at least one clinician who runs the group.' })
    .max(6, { error: 'At most 6.' })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'Each one once.' }),
  peerFacilitators: z.array(requiredText(TEXT_LIMITS.name)).max(6, { error: 'At most 6.' }).default([]),
};

export const createGroupRequestSchema = z.strictObject(groupFields);
export type CreateGroupRequest = z.infer<typeof createGroupRequestSchema>;

export const updateGroupRequestSchema = z.strictObject({ ...groupFields, version: versionSchema });
export type UpdateGroupRequest = z.infer<typeof updateGroupRequestSchema>;

export const referralDecisionRequestSchema = z.discriminatedUnion(
  'decision',
  [
    z.strictObject({ decision: z.literal('accept'), version: versionSchema }),
    z.strictObject({ decision: z.literal('decline'), reason: requiredText(TEXT_LIMITS.shortText), version: versionSchema }),
  ],
  { error: 'Accept or decline.' },
);
export type ReferralDecisionRequest = z.infer<typeof referralDecisionRequestSchema>;

export const leaveGroupRequestSchema = z.strictObject({ leftOn: isoDateSchema, reason: requiredText(TEXT_LIMITS.shortText), version: versionSchema });
export type LeaveGroupRequest = z.infer<typeof leaveGroupRequestSchema>;

/** Moving or cancelling one meeting (a one-off change; the schedule stays). */
export const changeMeetingRequestSchema = z.strictObject({
  date: isoDateSchema,
  startTime: timeOfDaySchema,
  cancelled: z.boolean({ error: 'Required.' }),
  version: versionSchema,
});
export type ChangeMeetingRequest = z.infer<typeof changeMeetingRequestSchema>;

export const PROGRESS_NOTE_MAX_LENGTH = 2_000;

export const recordAttendanceRequestSchema = z.strictObject({
  entries: z
    .array(
      z.strictObject({
        clientId: uuidSchema,
        attendance: z.enum(GROUP_ATTENDANCE_CODES, { error: 'Present, absent or excused.' }),
        progressNote: z
          .string()
          .trim()
          .max(PROGRESS_NOTE_MAX_LENGTH, { error: `Must be at most ${PROGRESS_NOTE_MAX_LENGTH} characters.` })
          .nullable()
          .default(null)
          .transform((text) => (text ? text : null)),
      }),
    )
    .max(40, { error: 'At most 40.' })
    .refine((entries) => new Set(entries.map((entry) => entry.clientId)).size === entries.length, { error: 'Each client once.' }),
  version: versionSchema,
}).superRefine(({ entries }, context) => {
  entries.forEach((entry, index) => {
    if (entry.progressNote && entry.attendance !== 'present') {
      context.addIssue({ code: 'custom', path: ['entries', index, 'progressNote'], message: 'Only for a client who attended.' });
    }
  });
});
export type RecordAttendanceRequest = z.infer<typeof recordAttendanceRequestSchema>;

export const groupNoteRequestSchema = z.strictObject({
  groupNote: z.string().trim().max(TEXT_LIMITS.longText, { error: `Must be at most ${TEXT_LIMITS.longText} characters.` }),
  version: versionSchema,
});
export type GroupNoteRequest = z.infer<typeof groupNoteRequestSchema>;

export const groupParamsSchema = z.strictObject({ groupId: uuidSchema });
export const groupEnrolmentParamsSchema = z.strictObject({ groupId: uuidSchema, enrolmentId: uuidSchema });
export const groupMeetingParamsSchema = z.strictObject({ groupId: uuidSchema, meetingId: uuidSchema });
