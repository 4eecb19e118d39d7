import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { Group, RosterEntry } from '@domain/groups/group';
import { ENROLMENT_STATUSES, GROUP_KINDS } from '@domain/groups/group-codes';
import { todayIsoDate } from '@domain/common/iso-date';
import { Store } from '@ngrx/store';
import { EmptyState } from '../../shared/empty-state/empty-state';
import { describeSchedule } from '../group-words';
import { GroupPageActions } from '../group-page.actions';
import { groupsFeature } from '../groups.feature';
import { SaveNotice } from '../save-notice/save-notice';

/** What a facilitator is doing to one roster entry: declining it (with a reason) or recording a leave. */
interface RosterEdit {
  readonly entryId: string;
  readonly kind: 'decline' | 'leave';
}

/**
 * One group: its facts for everyone; for its facilitators, the referrals to decide, the roster
 * (enrolled, waiting, left, declined) and the meetings the schedule gives.
 */
@Component({
  selector: 'app-group-page',
  imports: [FormsModule, MatAnchor, MatButton, MatFormField, MatLabel, MatInput, MatProgressBar, RouterLink, EmptyState, SaveNotice],
  templateUrl: './group-page.html',
  styleUrl: './group-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class GroupPage {
  private readonly store = inject(Store);
  readonly groupId = input.required<string>();

  protected readonly load = this.store.selectSignal(groupsFeature.selectGroupLoad);
  protected readonly roster = this.store.selectSignal(groupsFeature.selectAllRoster);
  protected readonly meetings = this.store.selectSignal(groupsFeature.selectAllMeetings);
  protected readonly problem = this.store.selectSignal(groupsFeature.selectSaveProblem);
  protected readonly saveStatus = this.store.selectSignal(groupsFeature.selectSaveStatus);
  protected readonly kinds = GROUP_KINDS;
  protected readonly statuses = ENROLMENT_STATUSES;
  protected readonly describe = describeSchedule;
  protected readonly today = todayIsoDate();

  protected readonly referred = computed(() => this.roster().filter((entry) => entry.status === 'referred'));
  protected readonly members = computed(() => this.roster().filter((entry) => entry.status !== 'referred'));
  protected readonly editing = signal<RosterEdit | null>(null);
  protected readonly reason = signal('');
  protected readonly leftOn = signal(todayIsoDate());

  constructor() {
    effect(() => {
      const groupId = this.groupId();
      untracked(() => this.store.dispatch(GroupPageActions.opened({ groupId })));
    });
    effect(() => {
      if (this.saveStatus() === 'saved') {
        untracked(() => this.editing.set(null));
      }
    });
  }

  /** Clinicians first, then peer facilitators, who have no account. */
  protected facilitatorNames(group: Group): string {
    return [...group.facilitators.map((facilitator) => facilitator.name), ...group.peerFacilitators.map((peer) => `${peer} (peer facilitator)`)].join(', ');
  }

  protected accept(entry: RosterEntry): void {
    this.store.dispatch(GroupPageActions.decisionSubmitted({ groupId: this.groupId(), enrolmentId: entry.id, request: { decision: 'accept', version: entry.version } }));
  }

  protected startEdit(entry: RosterEntry, kind: RosterEdit['kind']): void {
    this.reason.set('');
    this.leftOn.set(todayIsoDate());
    this.editing.set({ entryId: entry.id, kind });
  }

  protected isEditing(entry: RosterEntry, kind: RosterEdit['kind']): boolean {
    const editing = this.editing();
    return editing?.entryId === entry.id && editing.kind === kind;
  }

  protected decline(entry: RosterEntry): void {
    this.store.dispatch(
      GroupPageActions.decisionSubmitted({ groupId: this.groupId(), enrolmentId: entry.id, request: { decision: 'decline', reason: this.reason(), version: entry.version } }),
    );
  }

  protected leave(entry: RosterEntry): void {
    this.store.dispatch(
      GroupPageActions.leaveSubmitted({ groupId: this.groupId(), enrolmentId: entry.id, request: { leftOn: this.leftOn(), reason: this.reason(), version: entry.version } }),
    );
  }
}
