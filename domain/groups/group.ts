import type { Versioned } from '../common/versioned';
import type { Modality } from '../sessions/session-codes';
import type { EnrolmentStatus, GroupAttendance, GroupFrequency, GroupKind } from './group-codes';

export interface GroupSchedule {
  readonly frequency: GroupFrequency;
  readonly startDate: string;
  readonly endDate: string;
  /** Local clinic time, HH:MM. */
  readonly startTime: string;
  readonly durationMinutes: number;
  readonly modality: Modality;
  readonly location: string;
}

export interface GroupFacilitator {
  readonly id: string;
  readonly name: string;
}

/** A group's facts: what any signed-in member of staff may read (no member names). */
export interface Group extends Versioned {
  readonly id: string;
  readonly name: string;
  readonly kind: GroupKind;
  readonly schedule: GroupSchedule;
  readonly capacity: number;
  readonly facilitators: readonly GroupFacilitator[];
  /** Peer facilitators are not accounts: names only. */
  readonly peerFacilitators: readonly string[];
  readonly enrolledCount: number;
  readonly waitingCount: number;
  /** The caller runs this group (sees its roster and meetings). */
  readonly isFacilitator: boolean;
  /** The caller may change the group's facts (an administrator, or the supervisor who created it). */
  readonly canEdit: boolean;
}

/** One client's place in a group, as the group's facilitators see it (preferred name only). */
export interface RosterEntry {
  readonly id: string;
  readonly groupId: string;
  readonly clientId: string;
  readonly clientName: string;
  readonly status: EnrolmentStatus;
  readonly referredOn: string;
  readonly referredByName: string;
  readonly decidedOn: string | null;
  readonly declineReason: string | null;
  readonly enrolledOn: string | null;
  readonly leftOn: string | null;
  readonly leaveReason: string | null;
  readonly version: number;
}

export interface MeetingSummary {
  readonly id: string;
  readonly groupId: string;
  /** The date the schedule gave it; a moved meeting keeps it as its identity. */
  readonly scheduledOn: string;
  readonly date: string;
  readonly startTime: string;
  readonly cancelled: boolean;
  readonly moved: boolean;
  readonly recordedCount: number;
  readonly version: number;
}

export interface AttendanceEntry {
  readonly clientId: string;
  readonly clientName: string;
  readonly attendance: GroupAttendance | null;
  /** The caller's own progress note for this client at this meeting (another facilitator's stays theirs). */
  readonly progressNote: string | null;
  /** Another facilitator wrote a progress note here (its text is theirs to see). */
  readonly noteByOther: boolean;
}

/** A meeting as its facilitators record it: who was enrolled that day, attendance and notes. */
export interface Meeting extends MeetingSummary {
  readonly groupName: string;
  readonly groupNote: string;
  readonly attendance: readonly AttendanceEntry[];
}

/** One meeting of a client's group as their chart shows it: never another member's name. */
export interface ClientMeetingRecord {
  readonly date: string;
  readonly attendance: GroupAttendance;
  readonly progressNote: string | null;
  readonly noteAuthorName: string | null;
}

/** A client's place in a group, for the client's page (therapist and their supervisor). */
export interface ClientGroup {
  readonly enrolmentId: string;
  readonly groupId: string;
  readonly groupName: string;
  readonly kind: GroupKind;
  readonly schedule: GroupSchedule;
  readonly status: EnrolmentStatus;
  readonly referredOn: string;
  readonly declineReason: string | null;
  readonly enrolledOn: string | null;
  readonly leftOn: string | null;
  readonly leaveReason: string | null;
  readonly meetings: readonly ClientMeetingRecord[];
}
