import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import type { Meeting } from '@domain/groups/group';
import { GROUP_ATTENDANCE, GROUP_ATTENDANCE_CODES, type GroupAttendance } from '@domain/groups/group-codes';
import { Store } from '@ngrx/store';
import { EmptyState } from '../../shared/empty-state/empty-state';
import { groupsFeature } from '../groups.feature';
import { MeetingPageActions } from '../meeting-page.actions';
import { SaveNotice } from '../save-notice/save-notice';

/** What the facilitator is entering for one client before saving. */
interface AttendanceDraft {
  readonly clientId: string;
  readonly clientName: string;
  readonly attendance: GroupAttendance | null;
  readonly progressNote: string;
  readonly noteByOther: boolean;
}

/**
 * One meeting as its facilitators record it: attendance for each client enrolled that day, a short
 * progress note per attending client (it appears in that client's chart), the facilitators' group
 * note, and one-off changes (moved, cancelled).
 */
@Component({
  selector: 'app-meeting-page',
  imports: [FormsModule, MatAnchor, MatButton, MatCheckbox, MatFormField, MatLabel, MatInput, MatProgressBar, MatRadioGroup, MatRadioButton, RouterLink, EmptyState, SaveNotice],
  templateUrl: './meeting-page.html',
  styleUrl: './meeting-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class MeetingPage {
  private readonly store = inject(Store);
  readonly groupId = input.required<string>();
  readonly meetingId = input.required<string>();

  protected readonly meeting = this.store.selectSignal(groupsFeature.selectMeeting);
  protected readonly status = this.store.selectSignal(groupsFeature.selectMeetingStatus);
  protected readonly problem = this.store.selectSignal(groupsFeature.selectSaveProblem);
  protected readonly saveStatus = this.store.selectSignal(groupsFeature.selectSaveStatus);
  protected readonly attendanceCodes = GROUP_ATTENDANCE_CODES;
  protected readonly attendanceLabels = GROUP_ATTENDANCE;

  protected readonly drafts = signal<AttendanceDraft[]>([]);
  protected readonly groupNote = signal('');
  protected readonly date = signal('');
  protected readonly startTime = signal('');
  protected readonly cancelled = signal(false);

  constructor() {
    effect(() => {
      const groupId = this.groupId();
      const meetingId = this.meetingId();
      untracked(() => this.store.dispatch(MeetingPageActions.opened({ groupId, meetingId })));
    });
    // Each answer from the server (load or save) resets the form to what is stored.
    effect(() => {
      const meeting = this.meeting();
      if (meeting !== null) {
        untracked(() => this.reset(meeting));
      }
    });
  }

  private reset(meeting: Meeting): void {
    this.drafts.set(
      meeting.attendance.map((entry) => ({
        clientId: entry.clientId,
        clientName: entry.clientName,
        attendance: entry.attendance,
        progressNote: entry.progressNote ?? '',
        noteByOther: entry.noteByOther,
      })),
    );
    this.groupNote.set(meeting.groupNote);
    this.date.set(meeting.date);
    this.startTime.set(meeting.startTime);
    this.cancelled.set(meeting.cancelled);
  }

  protected setAttendance(index: number, attendance: GroupAttendance): void {
    this.drafts.update((drafts) => drafts.map((draft, i) => (i === index ? { ...draft, attendance } : draft)));
  }

  protected setNote(index: number, progressNote: string): void {
    this.drafts.update((drafts) => drafts.map((draft, i) => (i === index ? { ...draft, progressNote } : draft)));
  }

  protected saveAttendance(meeting: Meeting): void {
    const entries = this.drafts()
      .filter((draft): draft is AttendanceDraft & { attendance: GroupAttendance } => draft.attendance !== null)
      .map((draft) => ({
        clientId: draft.clientId,
        attendance: draft.attendance,
        progressNote: draft.attendance === 'present' && !draft.noteByOther && draft.progressNote.trim() !== '' ? draft.progressNote.trim() : null,
      }));
    this.store.dispatch(MeetingPageActions.attendanceSubmitted({ groupId: this.groupId(), meetingId: meeting.id, request: { entries, version: meeting.version } }));
  }

  protected saveGroupNote(meeting: Meeting): void {
    this.store.dispatch(MeetingPageActions.groupNoteSubmitted({ groupId: this.groupId(), meetingId: meeting.id, request: { groupNote: this.groupNote(), version: meeting.version } }));
  }

  protected saveChange(meeting: Meeting): void {
    this.store.dispatch(
      MeetingPageActions.changeSubmitted({
        groupId: this.groupId(),
        meetingId: meeting.id,
        request: { date: this.date(), startTime: this.startTime(), cancelled: this.cancelled(), version: meeting.version },
      }),
    );
  }
}
