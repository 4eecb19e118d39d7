import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { EmptyState } from '../../shared/empty-state/empty-state';

/** A client section later work fills; its icon and sentence come from the route's data. */
@Component({
  selector: 'app-client-tab-placeholder',
  imports: [EmptyState],
  template: `<app-empty-state [icon]="icon()" heading="Coming soon" [message]="message()" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ClientTabPlaceholder {
  readonly icon = input.required<string>();
  readonly message = input.required<string>();
}
