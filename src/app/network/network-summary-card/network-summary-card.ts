import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { SUPPORT_TYPES } from '@domain/network/network-codes';
import type { NetworkSummary } from '@domain/network/network-summary';

/** The network's figures on one date: size, quality of ties, support covered and gaps, consent. */
@Component({
  selector: 'app-network-summary-card',
  templateUrl: './network-summary-card.html',
  styleUrl: './network-summary-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NetworkSummaryCard {
  readonly summary = input.required<NetworkSummary>();
  readonly heading = input('Network summary');

  protected readonly covered = computed(() =>
    this.summary().coveredSupportTypes.map((type) => SUPPORT_TYPES[type]),
  );
  protected readonly gaps = computed(() =>
    this.summary().supportGaps.map((type) => SUPPORT_TYPES[type]),
  );
}
