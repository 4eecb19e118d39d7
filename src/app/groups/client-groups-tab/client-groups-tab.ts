import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatOption, MatSelect } from '@angular/material/select';
import { todayIsoDate } from '@domain/common/iso-date';
import { ENROLMENT_STATUSES, GROUP_ATTENDANCE, GROUP_KINDS } from '@domain/groups/group-codes';
import { Store } from '@ngrx/store';
import { authFeature } from '../../core/auth/auth.feature';
import { EmptyState } from '../../shared/empty-state/empty-state';
import { selectRouteClientId } from '../../shared/router/route-params.selectors';
import { ClientGroupsTabActions } from '../client-groups-tab.actions';
import { describeSchedule } from '../group-words';
import { groupsFeature } from '../groups.feature';
import { SaveNotice } from '../save-notice/save-notice';

/**
 * The client's groups on their page: referrals and places, the client's own attendance and the
 * progress notes facilitators wrote about them. Never another member's name. The therapist refers
 * the client to a group here; their supervisor reads.
 */
@Component({
  selector: 'app-client-groups-tab',
  imports: [FormsModule, MatButton, MatFormField, MatLabel, MatSelect, MatOption, MatProgressBar, EmptyState, SaveNotice],
  templateUrl: './client-groups-tab.html',
  styleUrl: './client-groups-tab.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ClientGroupsTab {
  private readonly store = inject(Store);
  protected readonly clientId = this.store.selectSignal(selectRouteClientId);
  protected readonly places = this.store.selectSignal(groupsFeature.selectAllClientGroups);
  protected readonly status = this.store.selectSignal(groupsFeature.selectClientGroupsStatus);
  protected readonly loadError = this.store.selectSignal(groupsFeature.selectClientGroupsError);
  protected readonly problem = this.store.selectSignal(groupsFeature.selectSaveProblem);
  protected readonly saveStatus = this.store.selectSignal(groupsFeature.selectSaveStatus);
  private readonly groups = this.store.selectSignal(groupsFeature.selectAllGroups);
  private readonly user = this.store.selectSignal(authFeature.selectUser);
  protected readonly canRefer = computed(() => this.user()?.role === 'therapist');
  protected readonly kinds = GROUP_KINDS;
  protected readonly statuses = ENROLMENT_STATUSES;
  protected readonly attendance = GROUP_ATTENDANCE;
  protected readonly describe = describeSchedule;
  protected readonly chosenGroup = signal<string | null>(null);

  /** Groups still running that the client holds no open place in. */
  protected readonly referable = computed(() => {
    const open = new Set(this.places().filter((place) => ['referred', 'waiting', 'enrolled'].includes(place.status)).map((place) => place.groupId));
    const today = todayIsoDate();
    return this.groups().filter((group) => !open.has(group.id) && group.schedule.endDate >= today);
  });

  constructor() {
    effect(() => {
      const clientId = this.clientId();
      if (clientId !== null) {
        untracked(() => this.store.dispatch(ClientGroupsTabActions.opened({ clientId })));
      }
    });
    effect(() => {
      if (this.saveStatus() === 'saved') {
        untracked(() => this.chosenGroup.set(null));
      }
    });
  }

  protected refer(): void {
    const clientId = this.clientId();
    const groupId = this.chosenGroup();
    if (clientId !== null && groupId !== null) {
      this.store.dispatch(ClientGroupsTabActions.referralSubmitted({ clientId, groupId }));
    }
  }
}
