import { ChangeDetectionStrategy, Component, effect, inject, input, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { groupsFeature } from '../groups.feature';
import { MeetingPageActions } from '../meeting-page.actions';

/**
 * A meeting's attendance sheet for paper: the group, the date and the names of the clients enrolled
 * that day with boxes to tick; no notes, no other record.
 */
@Component({
  selector: 'app-attendance-sheet',
  imports: [MatButton, MatProgressBar, RouterLink],
  templateUrl: './attendance-sheet.html',
  styleUrl: './attendance-sheet.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AttendanceSheet {
  private readonly store = inject(Store);
  readonly groupId = input.required<string>();
  readonly meetingId = input.required<string>();
  protected readonly meeting = this.store.selectSignal(groupsFeature.selectMeeting);

  constructor() {
    effect(() => {
      const groupId = this.groupId();
      const meetingId = this.meetingId();
      untracked(() => this.store.dispatch(MeetingPageActions.opened({ groupId, meetingId })));
    });
  }

  protected print(): void {
    window.print();
  }
}
