import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { Icon } from '../icon/icon';
import type { IconName } from '../icon/icon-paths';

/** What a page shows when it has nothing to show yet: an icon, a short heading and one sentence. */
@Component({
  selector: 'app-empty-state',
  imports: [Icon],
  templateUrl: './empty-state.html',
  styleUrl: './empty-state.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmptyState {
  /** A Material Symbols ligature name, e.g. `groups`. */
  readonly icon = input.required<IconName>();
  readonly heading = input.required<string>();
  readonly message = input.required<string>();
}
