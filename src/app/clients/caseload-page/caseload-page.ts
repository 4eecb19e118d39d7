import { ChangeDetectionStrategy, Component } from '@angular/core';
import { EmptyState } from '../../shared/empty-state/empty-state';

@Component({
  selector: 'app-caseload-page',
  imports: [EmptyState],
  template: `
    <h1 class="page-title">My caseload</h1>
    <app-empty-state
      icon="groups"
      heading="Coming soon"
      message="Your active clients will be listed here, with a summary of each support network and the measures that are due."
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class CaseloadPage {}
