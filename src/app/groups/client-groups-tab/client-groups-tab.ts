import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
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
 * progress notes facilitators wrote about them. Never another member's name. Referring goes through
 * the one referral form on the support network, which records the client's consent to share their
 * details (no second way to refer without it); their supervisor reads.
 */
@Component({
  selector: 'app-client-groups-tab',
  imports: [MatAnchor, RouterLink, MatProgressBar, EmptyState, SaveNotice],
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
  private readonly user = this.store.selectSignal(authFeature.selectUser);
  protected readonly canRefer = computed(() => this.user()?.role === 'therapist');
  protected readonly kinds = GROUP_KINDS;
  protected readonly statuses = ENROLMENT_STATUSES;
  protected readonly attendance = GROUP_ATTENDANCE;
  protected readonly describe = describeSchedule;

  constructor() {
    effect(() => {
      const clientId = this.clientId();
      if (clientId !== null) {
        untracked(() => this.store.dispatch(ClientGroupsTabActions.opened({ clientId })));
      }
    });
  }
}
