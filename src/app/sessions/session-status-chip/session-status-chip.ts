import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { SESSION_STATUSES, type SessionStatus } from '@domain/sessions/session-codes';

/** A session's status as a small label, in words (the colour only repeats them). */
@Component({
  selector: 'app-session-status-chip',
  template: `{{ label() }}`,
  styleUrl: './session-status-chip.scss',
  host: { '[class]': 'status()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionStatusChip {
  readonly status = input.required<SessionStatus>();

  protected readonly label = computed(() => SESSION_STATUSES[this.status()]);
}
