import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { SelfReportState } from '@domain/self-report/self-report-request';
import { REQUEST_STATE_LABELS } from '../self-report-words';

/** A self-report request's state as a small label, in words (the colour only repeats them). */
@Component({
  selector: 'app-request-state-chip',
  template: `{{ label() }}`,
  styleUrl: './request-state-chip.scss',
  host: { '[class]': 'state()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestStateChip {
  readonly state = input.required<SelfReportState>();
  protected readonly label = computed(() => REQUEST_STATE_LABELS[this.state()]);
}
