import { ChangeDetectionStrategy, Component } from '@angular/core';
import { EmptyState } from '../../shared/empty-state/empty-state';

@Component({
  selector: 'app-team-dashboard-page',
  imports: [EmptyState],
  template: `
    <h1 class="page-title">Team dashboard</h1>
    <app-empty-state
      icon="monitoring"
      heading="Coming soon"
      message="Charts of your team's caseload will appear here, with the clients whose support appears to be declining."
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class TeamDashboardPage {}
