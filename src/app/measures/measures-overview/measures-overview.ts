import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { clientsFeature } from '../../clients/clients.feature';
import { LatestScores } from '../latest-scores/latest-scores';
import { MeasureFlagList } from '../measure-flag-list/measure-flag-list';
import { MeasuresOverviewActions } from '../measures-overview.actions';
import { measuresFeature } from '../measures.feature';
import { TrendChart } from '../trend-chart/trend-chart';

/**
 * Measures on the client Overview: today's flags, the latest scores and a small trend chart, with
 * a way into the Measures tab. Needs MEASURES_STATE_PROVIDERS on its route.
 */
@Component({
  selector: 'app-measures-overview',
  imports: [RouterLink, MatButton, MatProgressBar, LatestScores, MeasureFlagList, TrendChart],
  templateUrl: './measures-overview.html',
  styleUrl: './measures-overview.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeasuresOverview {
  private readonly store = inject(Store);
  readonly clientId = input.required<string>();

  private readonly viewModel = this.store.selectSignal(measuresFeature.selectMeasuresViewModel);
  private readonly chartContext = this.store.selectSignal(measuresFeature.selectChartContext);
  private readonly client = this.store.selectSignal(clientsFeature.selectClient);

  /** Only this client's figures (the store may still hold another client's while it loads). */
  protected readonly shown = computed(() => {
    const viewModel = this.viewModel();
    return viewModel.clientId === this.clientId() ? viewModel : null;
  });
  protected readonly sessions = computed(() => this.chartContext().sessions);
  protected readonly treatmentStart = computed(() => {
    const client = this.client();
    return client !== null && client.id === this.clientId() ? client.treatmentStart : null;
  });

  protected retry(): void {
    this.store.dispatch(MeasuresOverviewActions.retryClicked());
  }
}
