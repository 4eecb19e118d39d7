import { ChangeDetectionStrategy, Component } from '@angular/core';
import { EmptyState } from '../../shared/empty-state/empty-state';

@Component({
  selector: 'app-accounts-page',
  imports: [EmptyState],
  template: `
    <h1 class="page-title">Accounts</h1>
    <app-empty-state
      icon="manage_accounts"
      heading="Coming soon"
      message="You will create and deactivate accounts here, assign therapists to supervisors, and reset passwords."
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AccountsPage {}
