import { ChangeDetectionStrategy, Component } from '@angular/core';
import { EmptyState } from '../../shared/empty-state/empty-state';

@Component({
  selector: 'app-audit-trail-page',
  imports: [EmptyState],
  template: `
    <h1 class="page-title">Audit trail</h1>
    <app-empty-state
      icon="history"
      heading="Coming soon"
      message="Every sign-in, record read and change will be listed here, with who did it and when."
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AuditTrailPage {}
