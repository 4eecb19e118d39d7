import { ChangeDetectionStrategy, Component, inject, type OnInit } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { GROUP_KINDS } from '@domain/groups/group-codes';
import { Store } from '@ngrx/store';
import { EmptyState } from '../../shared/empty-state/empty-state';
import { Icon } from '../../shared/icon/icon';
import { describeSchedule } from '../group-words';
import { GroupsPageActions } from '../groups-page.actions';
import { groupsFeature } from '../groups.feature';
import { SaveNotice } from '../save-notice/save-notice';

/** The groups the clinic runs: every member of staff sees them; supervisors and administrators add them. */
@Component({
  selector: 'app-groups-page',
  imports: [MatAnchor, MatButton, MatProgressBar, RouterLink, EmptyState, Icon, SaveNotice],
  templateUrl: './groups-page.html',
  styleUrl: './groups-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class GroupsPage implements OnInit {
  private readonly store = inject(Store);
  protected readonly viewModel = this.store.selectSignal(groupsFeature.selectGroupsViewModel);
  protected readonly kinds = GROUP_KINDS;
  protected readonly describe = describeSchedule;

  ngOnInit(): void {
    this.store.dispatch(GroupsPageActions.opened());
  }

  protected retry(): void {
    this.store.dispatch(GroupsPageActions.retryClicked());
  }
}
