import { DatePipe, LowerCasePipe } from '@angular/common';
import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  input,
  output,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { InstrumentCode } from '@domain/measures/instrument';
import { instrumentOf } from '@domain/measures/instrument-catalog';
import { thresholdLine, type ChangeNorm } from '@domain/measures/reliable-change';
import { describeNetworkEvent } from '@domain/network/network-events';
import { SESSION_STATUSES, SESSION_TYPES } from '@domain/sessions/session-codes';
import { formatScore } from '../measure-words';
import { subscaleName, type ChangeInterval, type IntervalContents } from '../trend-chart/change-intervals';

/**
 * "Between these two measures": when a score changed reliably from one measure to the next, what
 * happened in the client's life in that interval: the network's changes and the family sessions.
 * It takes focus when it opens, so a keyboard or screen-reader user lands on it.
 */
@Component({
  selector: 'app-between-measures-panel',
  imports: [DatePipe, LowerCasePipe, MatButton],
  templateUrl: './between-measures-panel.html',
  styleUrl: './between-measures-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BetweenMeasuresPanel {
  readonly instrument = input.required<InstrumentCode>();
  readonly interval = input.required<ChangeInterval>();
  readonly contents = input.required<IntervalContents>();
  readonly norm = input.required<ChangeNorm>();
  /** False while the network's changes could not be loaded: the panel says so instead of "none". */
  readonly networkKnown = input(true);
  readonly closed = output();

  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  protected readonly sessionTypes = SESSION_TYPES;
  protected readonly sessionStatuses = SESSION_STATUSES;
  protected readonly describe = describeNetworkEvent;

  protected readonly summary = computed(() => {
    const { scale, fromScore, toScore, change, difference } = this.interval();
    const code = this.instrument();
    const name = instrumentOf(code).shortName;
    const words = change === 'deteriorated' ? 'Reliable decline' : 'Reliable improvement';
    const what = scale === 'total' ? `the ${name} total` : `the ${name} ${subscaleName(code, scale)} subscale`;
    const sign = difference > 0 ? '+' : '−';
    return `${words} in ${what}: ${formatScore(code, fromScore)} → ${formatScore(code, toScore)} (${sign}${formatScore(code, Math.abs(difference))}).`;
  });
  protected readonly threshold = computed(() => thresholdLine(this.norm()));

  constructor() {
    // Each newly chosen interval brings the reader to the panel.
    afterRenderEffect(() => {
      this.interval();
      this.heading().nativeElement.focus();
    });
  }
}
