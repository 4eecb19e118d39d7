import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, type ElementRef, inject, input, untracked, viewChild } from '@angular/core';
import { describeNetworkEvent } from '@domain/network/network-events';
import { PrintMode } from '../../supervision/print-mode';
import type { NamedNetworkEvent } from '../trend-chart/named-network-events';

/**
 * The network changes the trend chart marks, as a table (newest first): the same facts as the
 * shapes along the chart's top, for people who cannot see them and for print. On screen it is
 * folded away under its summary; on paper it is always open (a closed <details> prints nothing
 * but its summary), and folds back afterwards as the reader left it.
 */
@Component({
  selector: 'app-network-change-list',
  imports: [DatePipe],
  templateUrl: './network-change-list.html',
  styleUrl: './network-change-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [PrintMode],
})
export class NetworkChangeList {
  /** Oldest first, as the API answers. */
  readonly events = input.required<readonly NamedNetworkEvent[]>();
  readonly idPrefix = input('trend');

  protected readonly newestFirst = computed(() => [...this.events()].reverse());
  private readonly details = viewChild<ElementRef<HTMLDetailsElement>>('details');
  private readonly printing = inject(PrintMode).printing;

  constructor() {
    let openBeforePrint: boolean | null = null;
    effect(() => {
      const printing = this.printing();
      const details = untracked(() => this.details())?.nativeElement;
      if (details === undefined) {
        return;
      }
      if (printing && openBeforePrint === null) {
        openBeforePrint = details.open;
        details.open = true;
      } else if (!printing && openBeforePrint !== null) {
        details.open = openBeforePrint;
        openBeforePrint = null;
      }
    });
  }
  protected readonly describe = describeNetworkEvent;
}
