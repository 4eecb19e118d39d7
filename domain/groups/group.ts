import { versionedShape } from '../common/versioned';
import { MODALITY_CODES } from '../sessions/session-codes';
import * as z from '../validation/z';
import {
  ENROLMENT_STATUS_CODES,
  GROUP_ATTENDANCE_CODES,
  GROUP_FREQUENCY_CODES,
  GROUP_KIND_CODES,
} from './group-codes';

/** A group's schedule as it is answered (`groupScheduleSchema` in group-requests.ts validates one sent). */
export const groupScheduleResponseSchema = z.object({
  frequency: z.enum(GROUP_FREQUENCY_CODES),
  startDate: z.string(),
  endDate: z.string(),
  /** Local clinic time, HH:MM. */
  startTime: z.string(),
  durationMinutes: z.number().int(),
  modality: z.enum(MODALITY_CODES),
  location: z.string(),
});
export type GroupSchedule = z.infer<typeof groupScheduleResponseSchema>;

export const groupFacilitatorSchema = z.object({
  id: z.string(),
  name: z.string(),
});
export type GroupFacilitator = z.infer<typeof groupFacilitatorSchema>;

/** A group's facts: what any signed-in member of staff may read (no member names). */
export const groupSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(GROUP_KIND_CODES),
  schedule: groupScheduleResponseSchema,
  capacity: z.number().int(),
  facilitators: z.array(groupFacilitatorSchema).readonly(),
  /** Peer facilitators are not accounts: names only. */
  peerFacilitators: z.array(z.string()).readonly(),
  enrolledCount: z.number().int(),
  waitingCount: z.number().int(),
  /** The caller runs this group (sees its roster and meetings). */
  isFacilitator: z.boolean(),
  /** The caller may change the group's facts (an administrator, or the supervisor who created it). */
  canEdit: z.boolean(),
  ...versionedShape,
});
export type Group = z.infer<typeof groupSchema>;

/** One client's place in a group, as the group's facilitators see it (preferred name only). */
export const rosterEntrySchema = z.object({
  id: z.string(),
  groupId: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  status: z.enum(ENROLMENT_STATUS_CODES),
  referredOn: z.string(),
  referredByName: z.string(),
  decidedOn: z.string().nullable(),
  declineReason: z.string().nullable(),
  enrolledOn: z.string().nullable(),
  leftOn: z.string().nullable(),
  leaveReason: z.string().nullable(),
  version: z.number().int(),
});
export type RosterEntry = z.infer<typeof rosterEntrySchema>;


const meetingSummaryShape = {
  id: z.string(),
  groupId: z.string(),
  /** The date the schedule gave it; a moved meeting keeps it as its identity. */
  scheduledOn: z.string(),
  date: z.string(),
  startTime: z.string(),
  cancelled: z.boolean(),
  moved: z.boolean(),
  recordedCount: z.number().int(),
  version: z.number().int(),
};
export const meetingSummarySchema = z.object(meetingSummaryShape);
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

export const attendanceEntrySchema = z.object({
  clientId: z.string(),
  clientName: z.string(),
  attendance: z.enum(GROUP_ATTENDANCE_CODES).nullable(),
  /**
   * The caller's own progress note for this client at this meeting; null when they wrote none, and
   * for another facilitator's note, whose text stays theirs (the query never reads it out).
   */
  progressNote: z.string().nullable(),
  /** Another facilitator wrote a progress note here (its text is theirs to see). */
  noteByOther: z.boolean(),
});
export type AttendanceEntry = z.infer<typeof attendanceEntrySchema>;

/** A meeting as its facilitators record it: who was enrolled that day, attendance and notes. */
export const meetingSchema = z.object({
  ...meetingSummaryShape,
  groupName: z.string(),
  groupNote: z.string(),
  attendance: z.array(attendanceEntrySchema).readonly(),
});
export type Meeting = z.infer<typeof meetingSchema>;

/** One meeting of a client's group as their chart shows it: never another member's name. */
export const clientMeetingRecordSchema = z.object({
  date: z.string(),
  attendance: z.enum(GROUP_ATTENDANCE_CODES),
  progressNote: z.string().nullable(),
  noteAuthorName: z.string().nullable(),
});
export type ClientMeetingRecord = z.infer<typeof clientMeetingRecordSchema>;

/** A client's place in a group, for the client's page (therapist and their supervisor). */
export const clientGroupSchema = z.object({
  enrolmentId: z.string(),
  groupId: z.string(),
  groupName: z.string(),
  kind: z.enum(GROUP_KIND_CODES),
  schedule: groupScheduleResponseSchema,
  status: z.enum(ENROLMENT_STATUS_CODES),
  referredOn: z.string(),
  declineReason: z.string().nullable(),
  enrolledOn: z.string().nullable(),
  leftOn: z.string().nullable(),
  leaveReason: z.string().nullable(),
  meetings: z.array(clientMeetingRecordSchema).readonly(),
});
export type ClientGroup = z.infer<typeof clientGroupSchema>;
