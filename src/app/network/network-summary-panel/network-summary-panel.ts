import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { NetworkSummaryCard } from '../network-summary-card/network-summary-card';
import { networkFeature } from '../network.feature';

/** Today's network figures on the client Overview, with a way into the full network. */
@Component({
  selector: 'app-network-summary-panel',
  imports: [MatProgressBar, NetworkSummaryCard, RouterLink],
  templateUrl: './network-summary-panel.html',
  styleUrl: './network-summary-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NetworkSummaryPanel {
  private readonly store = inject(Store);
  readonly clientId = input.required<string>();

  private readonly shown = this.store.selectSignal(networkFeature.selectShown);
  private readonly status = this.store.selectSignal(networkFeature.selectLoadStatus);
  private readonly shownClientId = this.store.selectSignal(networkFeature.selectClientId);
  protected readonly error = this.store.selectSignal(networkFeature.selectLoadError);

  /** Figures only for this client and today (the network tab may have left a past date). */
  protected readonly summary = computed(() => {
    const shown = this.shown();
    return this.shownClientId() === this.clientId() && shown?.current ? shown.summary : null;
  });
  protected readonly loading = computed(() => this.summary() === null && this.status() !== 'failed');
  protected readonly failed = computed(() => this.status() === 'failed' && this.summary() === null);
}
