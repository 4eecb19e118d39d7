import type { Group, GroupFacilitator, MeetingSummary, RosterEntry } from '@domain/groups/group';
import type { GroupFrequency, GroupKind } from '@domain/groups/group-codes';
import type { Modality } from '@domain/sessions/session-codes';
import type { ClinicGroupRow, GroupEnrolmentRow } from '../db/database';

export interface GroupFactsRow extends ClinicGroupRow {
  readonly enrolled_count: number | string;
  readonly waiting_count: number | string;
  readonly is_facilitator: number | string;
  readonly can_edit: number | string;
}

export function toSchedule(row: ClinicGroupRow): Group['schedule'] {
  return {
    frequency: row.frequency as GroupFrequency,
    startDate: row.start_date,
    endDate: row.end_date,
    startTime: row.start_time,
    durationMinutes: row.duration_minutes,
    modality: row.modality as Modality,
    location: row.location,
  };
}

export function toGroup(row: GroupFactsRow, facilitators: readonly GroupFacilitator[]): Group {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as GroupKind,
    schedule: toSchedule(row),
    capacity: row.capacity,
    facilitators,
    peerFacilitators: JSON.parse(row.peer_facilitators) as string[],
    enrolledCount: Number(row.enrolled_count),
    waitingCount: Number(row.waiting_count),
    isFacilitator: Number(row.is_facilitator) > 0,
    canEdit: Number(row.can_edit) > 0,
    version: row.version,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

export function toRosterEntry(row: GroupEnrolmentRow & { client_name: string; referred_by_name: string }): RosterEntry {
  return {
    id: row.id,
    groupId: row.group_id,
    clientId: row.client_id,
    clientName: row.client_name,
    status: row.status,
    referredOn: row.referred_on,
    referredByName: row.referred_by_name,
    decidedOn: row.decided_on,
    declineReason: row.decline_reason,
    enrolledOn: row.enrolled_on,
    leftOn: row.left_on,
    leaveReason: row.leave_reason,
    version: row.version,
  };
}

export interface MeetingRow {
  readonly id: string;
  readonly group_id: string;
  readonly scheduled_on: string;
  readonly meeting_date: string;
  readonly start_time: string;
  readonly cancelled: number;
  readonly version: number;
  readonly recorded_count: number | string | bigint;
}

export function toMeetingSummary(row: MeetingRow, groupStartTime: string): MeetingSummary {
  return {
    id: row.id,
    groupId: row.group_id,
    scheduledOn: row.scheduled_on,
    date: row.meeting_date,
    startTime: row.start_time,
    cancelled: row.cancelled === 1,
    moved: row.meeting_date !== row.scheduled_on || row.start_time !== groupStartTime,
    recordedCount: Number(row.recorded_count),
    version: row.version,
  };
}
