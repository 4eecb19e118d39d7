import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';

/** What a page shows when it has nothing to show yet: an icon, a short heading and one sentence. */
@Component({
  selector: 'app-empty-state',
  imports: [MatIcon],
  templateUrl: './empty-state.html',
  styleUrl: './empty-state.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmptyState {
  /** A Material Symbols ligature name, e.g. `groups`. */
  readonly icon = input.required<string>();
  readonly heading = input.required<string>();
  readonly message = input.required<string>();
}
