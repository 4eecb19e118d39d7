import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { describeNetworkEvent } from '@domain/network/network-events';
import type { NamedNetworkEvent } from '../trend-chart/named-network-events';

/**
 * The network changes the trend chart marks, as a table (newest first): the same facts as the
 * shapes along the chart's top, for people who cannot see them and for print.
 */
@Component({
  selector: 'app-network-change-list',
  imports: [DatePipe],
  templateUrl: './network-change-list.html',
  styleUrl: './network-change-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NetworkChangeList {
  /** Oldest first, as the API answers. */
  readonly events = input.required<readonly NamedNetworkEvent[]>();
  readonly idPrefix = input('trend');

  protected readonly newestFirst = computed(() => [...this.events()].reverse());
  protected readonly describe = describeNetworkEvent;
}
