import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ClientGroup, Group, GroupFacilitator, Meeting, MeetingSummary, RosterEntry } from '@domain/groups/group';
import type {
  ChangeMeetingRequest,
  CreateGroupRequest,
  UpdateGroupRequest,
  GroupNoteRequest,
  LeaveGroupRequest,
  RecordAttendanceRequest,
  ReferralDecisionRequest,
} from '@domain/groups/group-requests';
import { map, type Observable } from 'rxjs';
import { shownByCaller } from '../shared/http/shown-by-caller';

const GROUPS_URL = '/api/v1/groups';
const CLIENTS_URL = '/api/v1/clients';

/** The groups endpoints; the only place in the groups slice that talks HTTP. */
@Injectable({ providedIn: 'root' })
export class GroupsApi {
  private readonly http = inject(HttpClient);

  loadGroups(): Observable<readonly Group[]> {
    return this.http.get<{ items: Group[] }>(GROUPS_URL, shownByCaller()).pipe(map((answer) => answer.items));
  }

  loadFacilitatorOptions(): Observable<readonly GroupFacilitator[]> {
    return this.http.get<{ items: GroupFacilitator[] }>(`${GROUPS_URL}/facilitator-options`, shownByCaller()).pipe(map((answer) => answer.items));
  }

  createGroup(request: CreateGroupRequest): Observable<Group> {
    return this.http.post<Group>(GROUPS_URL, request, shownByCaller());
  }

  updateGroup(groupId: string, request: UpdateGroupRequest): Observable<Group> {
    return this.http.put<Group>(`${GROUPS_URL}/${groupId}`, request, shownByCaller());
  }

  loadGroup(groupId: string): Observable<Group> {
    return this.http.get<Group>(`${GROUPS_URL}/${groupId}`, shownByCaller());
  }

  loadRoster(groupId: string): Observable<readonly RosterEntry[]> {
    return this.http.get<{ items: RosterEntry[] }>(`${GROUPS_URL}/${groupId}/roster`, shownByCaller()).pipe(map((answer) => answer.items));
  }

  loadMeetings(groupId: string): Observable<readonly MeetingSummary[]> {
    return this.http.get<{ items: MeetingSummary[] }>(`${GROUPS_URL}/${groupId}/meetings`, shownByCaller()).pipe(map((answer) => answer.items));
  }

  decide(groupId: string, enrolmentId: string, request: ReferralDecisionRequest): Observable<RosterEntry> {
    return this.http.post<RosterEntry>(`${GROUPS_URL}/${groupId}/roster/${enrolmentId}/decision`, request, shownByCaller());
  }

  leave(groupId: string, enrolmentId: string, request: LeaveGroupRequest): Observable<RosterEntry> {
    return this.http.post<RosterEntry>(`${GROUPS_URL}/${groupId}/roster/${enrolmentId}/leave`, request, shownByCaller());
  }

  loadMeeting(groupId: string, meetingId: string): Observable<Meeting> {
    return this.http.get<Meeting>(`${GROUPS_URL}/${groupId}/meetings/${meetingId}`, shownByCaller());
  }

  changeMeeting(groupId: string, meetingId: string, request: ChangeMeetingRequest): Observable<Meeting> {
    return this.http.put<Meeting>(`${GROUPS_URL}/${groupId}/meetings/${meetingId}`, request, shownByCaller());
  }

  recordAttendance(groupId: string, meetingId: string, request: RecordAttendanceRequest): Observable<Meeting> {
    return this.http.put<Meeting>(`${GROUPS_URL}/${groupId}/meetings/${meetingId}/attendance`, request, shownByCaller());
  }

  writeGroupNote(groupId: string, meetingId: string, request: GroupNoteRequest): Observable<Meeting> {
    return this.http.put<Meeting>(`${GROUPS_URL}/${groupId}/meetings/${meetingId}/group-note`, request, shownByCaller());
  }

  loadClientGroups(clientId: string): Observable<readonly ClientGroup[]> {
    return this.http.get<{ items: ClientGroup[] }>(`${CLIENTS_URL}/${clientId}/groups`, shownByCaller()).pipe(map((answer) => answer.items));
  }
}
